package org.emporium.customer.control;

/** What a shopper's password must be: 8 to 64 characters, with at least one letter and one digit. */
public final class PasswordRules {

    public static final int MIN = 8;
    public static final int MAX = 64;

    private PasswordRules() {}

    public static boolean acceptable(String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return false;
        }
        return password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }
}
