package kz.kelisim.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal. Kazakh, the state language, is the default here; Russian and English
 * live in messages/msg_ru.properties and messages/msg_en.properties, and a test fails when a key
 * is missing from either (LAW.md "Languages").
 */
@MessageBundle(locale = "kk")
public interface PortalMessages {

    @Message("Дербес деректерге келісім")
    String app_title();

    @Message("Негізгі мазмұнға өту")
    String skip_to_content();

    @Message("Негізгі мәзір")
    String nav_label();

    @Message("Басты бет")
    String nav_home();

    @Message("Менің келісімдерім")
    String nav_consents();

    @Message("Хабарламалар")
    String nav_notifications();

    @Message("Тіл")
    String language();

    @Message("Қазақша")
    String language_kk();

    @Message("Русский")
    String language_ru();

    @Message("English")
    String language_en();

    @Message("Шығу")
    String logout();

    @Message("Сәлеметсіз бе, {name}!")
    String greeting(String name);

    @Message("Сіздің рөліңіз: {roles}")
    String your_roles(String roles);

    @Message("Менің келісімдерім")
    String consents_title();

    @Message("Сіз берген келісімдер: кім, қандай мақсатпен және қашанға дейін")
    String consents_caption();

    @Message("Сізде әзірге келісімдер жоқ.")
    String consents_empty();

    @Message("Оператор")
    String col_operator();

    @Message("Мақсат")
    String col_purpose();

    @Message("Берілген уақыты")
    String col_granted();

    @Message("Жарамдылық мерзімі")
    String col_valid_until();

    @Message("Күйі")
    String col_status();

    @Message("Мақсатқа жеткенге дейін")
    String until_purpose_achieved();

    /** PDL-8.5: a consent given without a term was capped at its purpose's maximum. */
    @Message("бұл мақсат үшін рұқсат етілген ең ұзақ мерзім")
    String longest_term_allowed();

    @Message("Белсенді")
    String status_ACTIVE();

    @Message("Мерзімі өтті")
    String status_EXPIRED();

    @Message("Кері қайтарылды")
    String status_REVOKED();

    @Message("Хабарламалар")
    String notifications_title();

    @Message("Сізде хабарламалар жоқ.")
    String notifications_empty();

    @Message("Оқылмаған")
    String unread();

    @Message("Бір нәрсе дұрыс болмады")
    String error_title();

    @Message("Мұндай бет жоқ.")
    String error_not_found();

    @Message("Бұл бетті көруге рұқсатыңыз жоқ.")
    String error_forbidden();

    @Message("Қызмет уақытша қолжетімсіз. Кейінірек қайталап көріңіз.")
    String service_unavailable();

    @Message("Кері қайтарулар")
    String nav_revocations();

    @Message("Мақсатқа жетті")
    String status_PURPOSE_ACHIEVED();

    @Message("Әр тараптың өңдеуді тоқтату міндеті (15 жұмыс күні)")
    String obligations_caption();

    @Message("Тарап")
    String col_party();

    @Message("Мерзімі")
    String col_due();

    @Message("Қалған жұмыс күндері")
    String col_days_left();

    @Message("Жауап")
    String col_answer();

    @Message("үшінші тарап")
    String third_party();

    @Message("{n} жұмыс күні қалды")
    String working_days_left(int n);

    @Message("Жауап күтілуде")
    String obligation_OPEN();

    @Message("Өңдеу тоқтатылды")
    String obligation_STOPPED();

    @Message("Дәлелді бас тарту")
    String obligation_REFUSED();

    @Message("мерзім жүріп жатыр")
    String deadline_OPEN();

    @Message("мерзімінде")
    String deadline_MET();

    @Message("кешігіп")
    String deadline_MET_LATE();

    @Message("мерзім бұзылды")
    String deadline_BREACHED();

    @Message("күшін жойды")
    String deadline_CANCELLED();

    @Message("Үшінші тараптар")
    String recipients();

    @Message("Ұлттық жасанды интеллект платформасы")
    String national_ai_platform();

    @Message("деректер жіберілмес бұрын оператор иесіздендіреді (ДҚЗ 17-б. 3-т.)")
    String depersonalised_by_operator();

    @Message("деректерді платформа операторы иесіздендіреді (ДҚЗ 17-б. 3-т.)")
    String depersonalised_by_platform_operator();

    @Message("Түбіртекті жүктеу (JSON)")
    String receipt_download();

    @Message("Келісімді кері қайтару")
    String revoke();

    @Message("Тоқтату міндеттері")
    String obligations_title();

    @Message("Тарих")
    String history_title();

    @Message("Келісімді кері қайтаруды растаңыз")
    String revoke_title();

    @Message("Кері қайтарғаннан кейін оператор және деректер берілген әрбір үшінші тарап 15 жұмыс күні ішінде деректеріңізді өңдеуді тоқтатуға немесе заңнама деректерді сақтауды талап етсе, дәлелді бас тарту беруге міндетті (Дербес деректер туралы заңның 8-бабының 7-тармағы).")
    String revoke_explanation();

    @Message("Деректеріңіз {n} үшінші тарапқа берілген; олардың әрқайсысы да жауап береді.")
    String revoke_third_parties(int n);

    @Message("Иә, кері қайтару")
    String revoke_confirm();

    @Message("Болдырмау")
    String cancel();

    @Message("Менің кері қайтаруларым")
    String revocations_title();

    @Message("Сіз әлі ешбір келісімді кері қайтармадыңыз.")
    String revocations_empty();

    @Message("Кері қайтарылды: {date}")
    String revoked_at(String date);

    @Message("Келісім кері қайтарылды. Тараптардың жауаптарын осы жерден бақылай аласыз.")
    String revoked_notice();

    @Message("Кері қайтару міндеттері")
    String nav_operator_obligations();

    @Message("Өңдеуді тоқтату міндеттері: жауап күтілуде")
    String queue_obligations_title();

    @Message("Ашық міндеттер жоқ.")
    String queue_empty();

    @Message("Мерзімі: {date}")
    String due_on(String date);

    @Message("Не істелді (мысалы, деректер жойылды)")
    String stop_evidence();

    @Message("Өңдеу тоқтатылды")
    String confirm_stop();

    @Message("Дәлелді бас тарту")
    String refuse();

    @Message("Деректерді сақтауды талап ететін заңнама")
    String legal_act();

    @Message("Нормативтік құқықтық актінің түрі")
    String legal_act_kind();

    @Message("Актінің нөмірі, мысалы 94-V (Конституцияда нөмір жоқ)")
    String legal_act_number();

    @Message("Актінің қабылданған күні")
    String legal_act_date();

    @Message("Бап (жарлықта, қаулыда, бұйрықта — тармақ), мысалы 12 немесе 8.7 (8-баптың 7-тармағы)")
    String legal_act_article();

    @Message("Қазақстан Республикасының Конституциясы")
    String legal_act_CONSTITUTION();

    @Message("Конституциялық заң")
    String legal_act_CONSTITUTIONAL_LAW();

    @Message("Кодекс")
    String legal_act_CODE();

    @Message("Заң")
    String legal_act_LAW();

    @Message("Президент Жарлығы")
    String legal_act_PRESIDENTIAL_DECREE();

    @Message("Үкімет қаулысы")
    String legal_act_GOVERNMENT_RESOLUTION();

    @Message("Министрдің бұйрығы")
    String legal_act_MINISTERIAL_ORDER();

    @Message("Өзге нормативтік құқықтық акт")
    String legal_act_OTHER_NORMATIVE_ACT();

    @Message("Сервис бас тартуды қабылдамады. Заңнама өрістерін және қазақша мен орысша себептерді тексеріп, қайта жіберіңіз.")
    String refusal_refused();

    @Message("Себептер, қазақша")
    String reason_kk();

    @Message("Себептер, орысша")
    String reason_ru();

    @Message("Себептер, ағылшынша (міндетті емес)")
    String reason_en();

    @Message("Автоматты шешімдер")
    String nav_decisions();

    @Message("Қарсылықтарым")
    String nav_objections();

    @Message("Қарсылықтар")
    String nav_operator_objections();

    @Message("Шағымдар")
    String nav_regulator_appeals();

    @Message("Сізге қатысты автоматты шешімдер")
    String decisions_title();

    @Message("Сізге қатысты автоматты шешімдер жоқ.")
    String decisions_empty();

    @Message("Нәтиже")
    String decision_outcome();

    @Message("Қабылданған уақыты")
    String decision_when();

    @Message("Өңдеу қалай жүргізіледі")
    String explanation_procedure();

    @Message("Ықтимал салдары")
    String explanation_consequences();

    /** CPL-27.6, first element. */
    @Message("Жасанды интеллект жүйесінің ықтимал тәуекелдері")
    String explanation_ai_risks();

    /** CPL-27.6, second element. */
    @Message("Қауіпсіз пайдалану шарттары")
    String explanation_ai_safe_use();

    @Message("Қалай қарсылық білдіруге болады")
    String explanation_how_to_object();

    @Message("Құқықтарыңызды қалай қорғауға болады")
    String explanation_protect_rights();

    @Message("Осы шешімге қарсылық білдіру")
    String object_to_decision();

    @Message("Не сұрайсыз")
    String objection_remedy();

    @Message("Шешімді адам қайта қарасын")
    String remedy_HUMAN_REVIEW();

    @Message("Шешімнің күшін жою")
    String remedy_REVERSE_DECISION();

    @Message("Автоматты өңдеуді тоқтату")
    String remedy_STOP_PROCESSING();

    @Message("Себебі")
    String objection_reason();

    @Message("Қарсылықты жіберу")
    String object_submit();

    @Message("Менің қарсылықтарым")
    String objections_title();

    @Message("Қарсылығыңыз қабылданды. Оператор оны 3 жұмыс күні ішінде қарауға міндетті (Дербес деректер туралы заңның 19-1-бабының 3-тармағы).")
    String objection_filed();

    @Message("Сіз әлі қарсылық білдірмедіңіз.")
    String objections_empty();

    @Message("Оператордың жауабы")
    String objection_result();

    @Message("Шағым")
    String appeal();

    @Message("Шағымның негіздері")
    String appeal_grounds();

    @Message("Уәкілетті органға шағымдану")
    String appeal_submit();

    @Message("Қаралуда")
    String objection_OPEN();

    @Message("Қанағаттандырылды")
    String objection_UPHELD();

    @Message("Қабылданбады")
    String objection_REJECTED();

    @Message("Қаралуда")
    String appeal_PENDING();

    @Message("Шешім қабылданды")
    String appeal_DECIDED();

    @Message("Шағым қанағаттандырылды")
    String appeal_UPHELD();

    @Message("Шағым қабылданбады")
    String appeal_DISMISSED();

    @Message("Қарсылықтар: 3 жұмыс күні ішінде қарау")
    String queue_objections_title();

    @Message("Шешім")
    String resolution_outcome();

    @Message("Түсіндірме, қазақша")
    String resolution_text_kk();

    @Message("Түсіндірме, орысша")
    String resolution_text_ru();

    @Message("Жауап беру")
    String resolve();

    @Message("Қарсылықтар бойынша шағымдар")
    String appeals_title();

    @Message("Шешім шығару")
    String decide_appeal();

    @Message("Бақылау тақтасы")
    String nav_regulator_dashboard();

    @Message("Мерзімдердің сақталуы")
    String dashboard_title();

    @Message("Бастап")
    String filter_from();

    @Message("Дейін")
    String filter_to();

    @Message("Мерзім түрі")
    String filter_kind();

    @Message("Барлығы")
    String filter_all();

    @Message("Көрсету")
    String filter_apply();

    @Message("Өңдеуді тоқтату (15 жұмыс күні)")
    String kind_STOP_PROCESSING();

    @Message("Қарсылықты қарау (3 жұмыс күні)")
    String kind_OBJECTION_REVIEW();

    @Message("Бұзушылық туралы хабарлау (1 жұмыс күні)")
    String kind_BREACH_REPORT();

    @Message("Операторлар бойынша бұзылған мерзімдер")
    String sla_breaches_per_operator();

    @Message("Таңдалған кезеңде барлығы {n} бұзушылық")
    String sla_chart_caption(int n);

    @Message("Бұзылған мерзімдер")
    String sla_breaches_title();

    @Message("Тіркелген уақыты")
    String breached_at();

    @Message("Дербес деректердің қауіпсіздігін бұзу туралы хабарламалар")
    String incidents_title();

    @Message("Анықталды")
    String detected_at();

    @Message("Хабарланды")
    String reported_at();

    @Message("Кешігу, сағат")
    String hours_late();

    @Message("Зардап шеккен субъектілер")
    String affected_subjects();

    @Message("Күнделікті есептер")
    String daily_reports();

    @Message("Есеп күні")
    String report_date();

    @Message("Баптаулар")
    String nav_settings();

    @Message("Хабарламаларды алу")
    String settings_title();

    @Message("Сақталды.")
    String settings_saved();

    @Message("Электрондық пошта")
    String settings_email();

    @Message("Бос қалдырсаңыз, хабарламалар тек порталда болады.")
    String settings_email_hint();

    @Message("Хабарламалар тілі")
    String settings_language();

    @Message("Сақтау")
    String settings_save();

    @Message("Барлығын оқылды деп белгілеу")
    String mark_all_read();

    @Message("Түбіртекті жүктеу (PDF)")
    String receipt_download_pdf();

    @Message("Дербес деректерді өңдеуге келісім түбіртегі")
    String receipt_pdf_title();

    @Message("Заңды өкіл")
    String receipt_representative();

    @Message("Түбіртек нөмірі")
    String receipt_id();

    @Message("Түбіртек берілген уақыт")
    String receipt_issued();

    @Message("Электрондық қолтаңба")
    String receipt_signature();

    @Message("кілт {kid}")
    String receipt_key(String kid);

    @Message("Бұл қағаз нұсқа. Қол қойылған JSON түбіртекті оператордың жарияланған кілттерімен (/.well-known/jwks.json) тексеруге болады; SHA-256 мәні сол түбіртекке сәйкес келеді.")
    String receipt_verify();

    @Message("ата-ана")
    String basis_PARENT();

    @Message("қорғаншы")
    String basis_GUARDIAN();

    @Message("қамқоршы")
    String basis_TRUSTEE();

    @Message("сенімхат")
    String basis_POWER_OF_ATTORNEY();

    @Message("Сіз өкілі болып табылатын адамның келісімдері (ЖСН {iin})")
    String held_title(String iin);

    @Message("Сіз заңды өкіл ретінде көретін келісімдер")
    String held_caption();

    @Message("Сіз заңды өкіл ретінде әрекет етесіз.")
    String acting_as_representative();

    @Message("Бұл ЖСН {iin} адамның деректері, сіздің деректеріңіз емес.")
    String acting_for_subject(String iin);

    @Message("Өкілдік негізі")
    String representation_basis();

    @Message("Бұзушылық туралы хабарлау")
    String nav_operator_breaches();

    @Message("Дербес деректердің қауіпсіздігін бұзу туралы хабарлама")
    String breaches_title();

    @Message("Хабарлама жіберілді және уәкілетті органға тіркелді.")
    String breach_filed();

    @Message("Бұзушылық анықталғаннан кейін бір жұмыс күні ішінде уәкілетті органға хабарлаңыз. Субъектілерге хабарлау үшін олардың тізімін API арқылы жүктеңіз.")
    String breach_intro();

    @Message("Формада қателер бар")
    String form_has_errors();

    @Message("Қызмет хабарламаны қабылдамады. Өрістерді тексеріп, қайта жіберіңіз.")
    String breach_refused();

    @Message("Анықталған уақыт (Алматы уақыты)")
    String breach_detected_at();

    @Message("Хабарлау мерзімі осы сәттен бастап бір жұмыс күні.")
    String breach_detected_hint();

    @Message("Не болды")
    String breach_description();

    @Message("Бұзушылықты және оның ауқымын сипаттаңыз.")
    String breach_description_hint();

    @Message("Деректер санаттары")
    String breach_categories();

    @Message("Әр жолға немесе үтір арқылы бір санат, мысалы: ЖСН, телефон нөмірі.")
    String breach_categories_hint();

    @Message("Бұзушылықты жою бойынша қабылданған шаралар")
    String breach_measures();

    @Message("Не істелді және не жоспарланған.")
    String breach_measures_hint();

    @Message("Дербес деректерді өңдеуді ұйымдастыруға жауапты адам (болса)")
    String breach_responsible();

    @Message("Аты-жөні")
    String breach_contact_name();

    @Message("Телефон")
    String breach_contact_phone();

    @Message("Электрондық пошта")
    String breach_contact_email();

    @Message("Хабарламаны жіберу")
    String breach_submit();

    @Message("Сіздің ұйымыңыздың хабарламалары")
    String breaches_own();

    @Message("Әзірге хабарламалар жоқ.")
    String breaches_none();

    @Message("Бұзушылық туралы хабарламалар және олардың бір жұмыс күндік мерзімі")
    String breaches_own_caption();

    @Message("Мерзімінде хабарланды")
    String report_in_time();

    @Message("Кешігіп хабарланды")
    String report_late();

    @Message("Бұзушылық анықталған уақытты көрсетіңіз.")
    String breach_error_detected_required();

    @Message("Анықталған уақытты күн мен уақыт ретінде енгізіңіз.")
    String breach_error_detected_format();

    @Message("Анықталған уақыт болашақта бола алмайды.")
    String breach_error_detected_future();

    @Message("Не болғанын сипаттаңыз.")
    String breach_error_description();

    @Message("Мәтін тым ұзын.")
    String breach_error_too_long();

    @Message("Кемінде бір деректер санатын көрсетіңіз.")
    String breach_error_categories();

    @Message("Ең көбі 50 санат, әрқайсысы 200 таңбаға дейін.")
    String breach_error_categories_size();

    @Message("Қабылданған шараларды сипаттаңыз.")
    String breach_error_measures();

    @Message("Электрондық пошта мекенжайын name@example.kz түрінде енгізіңіз.")
    String breach_error_email();

    @Message("Апта сайынғы мерзімдер")
    String trend_title();

    @Message("Әр оператордың аптада өтетін заңды мерзімдері: мерзімінде орындалды, кешігіп орындалды, бұзылды немесе әлі ашық.")
    String trend_intro();

    @Message("Түстердің мағынасы")
    String trend_legend();

    @Message("Таңдалған кезеңде мерзімдер жоқ.")
    String trend_empty();

    @Message("Апталар бойынша мерзімдер: {operator}")
    String trend_caption(String operator);

    @Message("Апталар бойынша мерзімдер (диаграммалардағы сандар)")
    String trend_table_caption();

    @Message("Апталар бойынша мерзімдер")
    String trend_chart_title();

    @Message("Апта (дүйсенбіден)")
    String week_of();

    @Message("Мерзімі жақындаған ашық міндеттер (7 күн ішінде)")
    String due_soon_title();

    @Message("Жақын 7 күнде мерзімі өтетін ашық міндеттер жоқ.")
    String due_soon_empty();

    @Message("Тоқтату міндеттері, қарсылықтарды қарау және бұзушылық туралы хабарламалар: ең жақын мерзім бірінші")
    String due_soon_caption();

    @Message("Кешіккен хабарламалар, сағат")
    String incidents_late_chart();

    @Message("Әр кешіккен хабарлама мерзімнен неше сағат кейін келді")
    String incidents_late_caption();

    @Message("Барлық операторлардың бұзушылық туралы хабарламалары, ең жаңасы бірінші")
    String incidents_caption();
}
