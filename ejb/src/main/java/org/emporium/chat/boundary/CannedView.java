package org.emporium.chat.boundary;

/** A canned answer an agent may use: theirs or shared. */
public record CannedView(long id, String shortcut, String text, boolean shared) {}
