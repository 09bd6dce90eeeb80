/** What the frame of every back-office page needs beside the login: times shown in the office's zone. */
package org.emporium.web.backoffice.layout;
