/** Uploaded images checked for what they really are (type from the first bytes, size from the header) before anyone stores them. */
package org.emporium.platform.media;
