/** The back office at /admin, for staff only: one package per feature, plus its login and its frame. */
package org.emporium.web.backoffice;
