package org.emporium.notification.control;

/** An SMS provider: takes a text for a mainland mobile number and answers with its own message id. */
public interface SmsProvider {

    /**
     * Sends one SMS.
     *
     * @param clientRef our reference, echoed in the provider's status callback
     * @param callbackUrl where the provider reports delivery to the handset
     * @return the provider's message id
     * @throws SmsRefused when the provider refused or could not be reached
     */
    String send(String phone, String text, String clientRef, String callbackUrl) throws SmsRefused;

    /** The provider refused a message or could not be reached. */
    final class SmsRefused extends Exception {
        private static final long serialVersionUID = 1L;

        public SmsRefused(String message) {
            super(message);
        }

        public SmsRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
