package kz.kelisim.contracts.deadline;

/**
 * How a revocation or an objection reached the operator. In Kelisim itself the subject or their
 * representative files it; an operator often receives one on paper, by e-mail or at a branch, and its
 * staff enter it with the real time of receipt, from which the term runs (PDL-8.7, PDL-19-1.3).
 */
public enum ReceiptChannel {
    /** Filed by the subject or representative in Kelisim (the portal or its API). */
    SELF_SERVICE,
    /** A letter or form on paper. */
    PAPER,
    /** An e-mail to the operator. */
    EMAIL,
    /** In person at one of the operator's branches or offices. */
    BRANCH
}
