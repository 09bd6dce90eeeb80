/** Chat sites, departments, agents, visitors with their page views, conversations, messages, canned answers and tickets. */
package org.emporium.chat.entity;
