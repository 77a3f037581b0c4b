package kz.kelisim.notification.service;

import java.util.List;

/**
 * The daily report's words in Kazakh (the default), Russian and English (LAW.md "Languages").
 */
record ReportTexts(String title, String intro, List<String> columns, List<String> legend, String note, String chartTitle,
        String noDeadlines, List<String> csvHeader, String total) {

    static ReportTexts of(String language) {
        return switch (language == null ? "" : language) {
            case "ru" -> new ReportTexts("Ежедневный отчёт о сроках, установленных законом, %s",
                    "Сроки, истёкшие в 24:00 по времени Астаны %s, по каждому оператору: прекращение обработки после отзыва "
                            + "согласия (PDL-8.7), рассмотрение возражения (PDL-19-1.3) и сообщение о нарушении безопасности (BRN-1). "
                            + "Сформирован %s по времени Астаны.",
                    List.of("Оператор (БИН)", "Срок", "Соблюдён", "С опозданием", "Нарушен", "Открыт", "Медиана ответа (рабочих дней)"),
                    List.of("Соблюдён", "С опозданием", "Нарушен", "Открыт"),
                    "Соблюдён: ответ дан до истечения срока. С опозданием: ответ дан после него. Нарушен: ответа нет, срок истёк. "
                            + "Открыт: срок ещё не истёк. Медиана ответа считается в рабочих днях со дня, следующего за получением "
                            + "(CC-178..180, CAL-1).",
                    "Сроки по операторам", "В этот день ни один срок не истёк.",
                    List.of("дата", "бин_оператора", "оператор", "сроков", "соблюдено", "с_опозданием", "нарушено", "открыто",
                            "медиана_ответа_рабочих_дней"), "Итого");
            case "en" -> new ReportTexts("Daily report on legal deadlines, %s",
                    "Deadlines that fell due at 24:00 Asia/Almaty on %s, per operator: stopping processing after a revocation "
                            + "(PDL-8.7), considering an objection (PDL-19-1.3) and reporting a breach (BRN-1). Generated %s Asia/Almaty.",
                    List.of("Operator (BIN)", "Due", "Met", "Met late", "Breached", "Open", "Median answer (working days)"),
                    List.of("Met", "Met late", "Breached", "Open"),
                    "Met: answered by the due moment. Met late: answered after it. Breached: not answered and overdue. Open: not "
                            + "yet due. Median answer time counts working days from the day after receipt (CC-178..180, CAL-1).",
                    "Deadlines due per operator", "No deadline fell due on this day.",
                    List.of("date", "operator_id", "operator", "due", "met", "met_late", "breached", "open",
                            "median_answer_working_days"), "Total");
            default -> new ReportTexts("Заңдағы мерзімдер бойынша күнделікті есеп, %s",
                    "Астана уақытымен %s күнгі сағат 24:00-де өткен мерзімдер, әр оператор бойынша: келісім кері қайтарылғаннан "
                            + "кейін өңдеуді тоқтату (PDL-8.7), қарсылықты қарау (PDL-19-1.3) және қауіпсіздіктің бұзылуы туралы хабарлау "
                            + "(BRN-1). Астана уақытымен %s жасалды.",
                    List.of("Оператор (БСН)", "Мерзімі", "Сақталды", "Кешіктірілді", "Бұзылды", "Ашық", "Жауаптың медианасы (жұмыс күні)"),
                    List.of("Сақталды", "Кешіктірілді", "Бұзылды", "Ашық"),
                    "Сақталды: мерзім өткенге дейін жауап берілді. Кешіктірілді: жауап одан кейін берілді. Бұзылды: жауап жоқ, "
                            + "мерзім өтті. Ашық: мерзім әлі өтпеді. Жауаптың медианасы алған күннің келесі күнінен бастап жұмыс "
                            + "күндерімен есептеледі (CC-178..180, CAL-1).",
                    "Операторлар бойынша мерзімдер", "Бұл күні бірде-бір мерзім өтпеді.",
                    List.of("күні", "оператор_бсн", "оператор", "мерзімдер", "сақталды", "кешіктірілді", "бұзылды", "ашық",
                            "жауап_медианасы_жұмыс_күні"), "Барлығы");
        };
    }
}
