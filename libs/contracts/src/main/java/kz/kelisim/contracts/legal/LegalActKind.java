package kz.kelisim.contracts.legal;

/**
 * The kinds of normative legal act a reasoned refusal may rest on. PDL-8.7 lets a party refuse to
 * stop processing where the <em>legislation</em> ("заңнамасы") requires keeping the data: any
 * normative legal act, not only a law. The list follows the main kinds of normative legal act of the
 * Law "On legal acts" (No. 480-V of 6 April 2016), from the Constitution down; the acts of lesser
 * bodies are {@link #OTHER_NORMATIVE_ACT}.
 *
 * <p>Each kind says how its text is divided, because a citation names that unit: the Constitution,
 * constitutional laws, codes and laws are divided into articles (with paragraphs and subparagraphs);
 * decrees, resolutions and orders, and the rules they approve, into paragraphs (with subparagraphs).
 */
public enum LegalActKind {

    /** The Constitution of the Republic of Kazakhstan (adopted 30 August 1995); it has no number. */
    CONSTITUTION(Division.ARTICLES, false),
    /** A constitutional law, or a decree of the President having the force of a constitutional law. */
    CONSTITUTIONAL_LAW(Division.ARTICLES, true),
    /** A code, such as the Tax Code or the Labour Code. */
    CODE(Division.ARTICLES, true),
    /** A law, a consolidated law, or a decree of the President having the force of a law. */
    LAW(Division.ARTICLES, true),
    /** A normative legal decree of the President. */
    PRESIDENTIAL_DECREE(Division.PARAGRAPHS, true),
    /** A normative resolution of the Government, or the rules it approves. */
    GOVERNMENT_RESOLUTION(Division.PARAGRAPHS, true),
    /** A normative legal order of a minister or of the head of another central state body, or the rules it approves. */
    MINISTERIAL_ORDER(Division.PARAGRAPHS, true),
    /**
     * Any other normative legal act: a normative resolution of the Parliament or its chambers, of the
     * Constitutional Court, the Supreme Court or the Central Election Commission, of the National Bank
     * or the financial market regulator, an order of the head of a department, or an act of a local
     * body (a maslikhat's decision, an akimat's resolution, an akim's decision).
     */
    OTHER_NORMATIVE_ACT(Division.PARAGRAPHS, true);

    /** The unit an act of this kind is divided into, and the units under it. */
    public enum Division {
        /** Article, paragraph, subparagraph. */
        ARTICLES,
        /** Paragraph, subparagraph. */
        PARAGRAPHS
    }

    private final Division division;
    private final boolean numbered;

    LegalActKind(Division division, boolean numbered) {
        this.division = division;
        this.numbered = numbered;
    }

    public Division division() {
        return division;
    }

    /** False only for the Constitution, which is cited by its name and date. */
    public boolean numbered() {
        return numbered;
    }
}
