package kz.kelisim.objection;

/**
 * Explanation texts for tests, in the three languages a subject may read.
 */
public final class Texts {

    private Texts() {
    }

    public static LocalizedText full(String what) {
        return new LocalizedText(what + " (kk)", what + " (ru)", what + " (en)");
    }

    public static ActivityDraft draft(String operatorId, String code, boolean legalEffect, LegalBasis basis,
                                      boolean aiUsed, String idempotencyKey) {
        return new ActivityDraft(operatorId, code, "Credit scoring " + code,
                new LocalizedText("Өтінімді модель автоматты түрде бағалайды", "Заявку автоматически оценивает модель",
                        "A model scores the application automatically"),
                full("A refusal of the loan"), legalEffect, basis, aiUsed, aiUsed ? full("Model risks") : null,
                aiUsed ? full("Safe use of the score") : null, full("Object in the portal"),
                full("Appeal to the regulator, 1414"), idempotencyKey);
    }
}
