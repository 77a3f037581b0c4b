package kz.kelisim.notification;

/**
 * What a notice tells the subject; each kind has a title and a body in Kazakh, Russian and English
 * (LAW.md "Languages").
 */
public enum NoticeKind {
    CONSENT_GRANTED,
    /** The consent's term ends soon (PDL-8.5). */
    CONSENT_EXPIRING,
    /** The consent's term passed (PDL-8.5). */
    CONSENT_EXPIRED,
    /** The consent's purpose was achieved (PDL-8.6). */
    CONSENT_ENDED,
    /** The subject's revocation was received; every party must answer within 15 working days (PDL-8.7). */
    CONSENT_REVOKED,
    /** One party confirmed it stopped processing (PDL-8.7). */
    STOP_CONFIRMED,
    /** One party gave a reasoned refusal (PDL-8.7). */
    STOP_REFUSED,
    /** An automated decision about the subject was recorded (PDL-19-1.2). */
    DECISION_RECORDED,
    /** The subject's objection was received; it is considered within 3 working days (PDL-19-1.3). */
    OBJECTION_RECEIVED,
    /** The operator considered the objection (PDL-19-1.3). */
    OBJECTION_RESOLVED,
    /** The subject's appeal reached the regulator (PDL-19-1.3). */
    OBJECTION_APPEALED,
    /** The regulator decided the appeal (PDL-19-1.3). */
    APPEAL_DECIDED,
    /** A party missed a deadline it owed the subject (PDL-8.7, PDL-19-1.3). */
    DEADLINE_MISSED,
    /** The subject's data was affected by a security breach (BRN-1, INF-7-2.10-1). */
    BREACH
}
