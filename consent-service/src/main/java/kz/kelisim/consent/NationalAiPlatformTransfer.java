package kz.kelisim.consent;

/**
 * A purpose's transfer of data to the national AI platform (PDL-17.3, INF-35.2-2). The data reach the
 * platform depersonalised: either the operator depersonalises them before sending, or the platform's
 * operator does. Which of the two is recorded with the purpose, and a transfer without that record is
 * refused ({@link PurposeRule#AI_PLATFORM_DEPERSONALISATION}).
 *
 * @param depersonalisedBy who depersonalises the data; null only in a request that is then refused
 */
public record NationalAiPlatformTransfer(Depersonaliser depersonalisedBy) {

    /** Who makes the data impersonal before the platform uses them. */
    public enum Depersonaliser {
        /** The operator (the owner or operator of the database) before sending. */
        OPERATOR,
        /** The national AI platform's operator, under the government's data-management requirements. */
        PLATFORM_OPERATOR
    }
}
