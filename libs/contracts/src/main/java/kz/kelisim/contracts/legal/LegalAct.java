package kz.kelisim.contracts.legal;

import java.time.LocalDate;

/**
 * The normative legal act, and the article or paragraph of it, that a party cites (PDL-8.7: a party
 * may refuse to stop processing only where the legislation requires keeping the data).
 *
 * @param kind    which kind of act
 * @param number  the act's number as published, such as {@code 94-V}; none for the Constitution
 * @param date    the date the act was adopted or signed
 * @param article the unit that requires keeping the data: an article (or, in an act divided into
 *                paragraphs, a paragraph) with the units under it after dots, such as {@code 12},
 *                {@code 8.7} (article 8, paragraph 7) or {@code 7-2.1.10-1}; see {@link LegalCitation}
 */
public record LegalAct(LegalActKind kind, String number, LocalDate date, String article) {
}
