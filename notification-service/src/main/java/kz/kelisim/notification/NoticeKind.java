package kz.kelisim.notification;

/**
 * What a notice tells the subject; each kind has a message in every language.
 */
public enum NoticeKind {
    CONSENT_GRANTED
}
