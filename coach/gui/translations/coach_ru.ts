<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttemptTableModel</name>
    <message>
        <location filename="../trainer/history_model.py" line="129"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../trainer/history_model.py" line="130"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../trainer/history_model.py" line="131"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../trainer/history_model.py" line="132"/>
        <source>Turn</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location filename="../trainer/history_model.py" line="133"/>
        <source>Overall</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../trainer/history_model.py" line="154"/>
        <source>automatic score: {score}</source>
        <translation>автоматическая оценка: {score}</translation>
    </message>
</context>
<context>
    <name>BusyLabel</name>
    <message>
        <location filename="../busy_label.py" line="29"/>
        <source>Loading from the history database…</source>
        <translation>Загрузка из базы истории…</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../trainer/calibration_view.py" line="37"/>
        <source>No review has overridden a score yet. Override a score in History and review: this tab then shows where reviewers and the automatic score disagree.</source>
        <translation>Ни одна проверка ещё не изменила оценку. Измените оценку на вкладке «История и проверка» — здесь появится, где проверяющие расходятся с автоматической оценкой.</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="44"/>
        <source>Agreement per dimension</source>
        <translation>Согласие по измерениям</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="47"/>
        <source>Agreement per rubric check</source>
        <translation>Согласие по проверкам рубрики</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="55"/>
        <source>Per dimension</source>
        <translation>По измерениям</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="57"/>
        <source>Per rubric check (largest disagreement first)</source>
        <translation>По проверкам рубрики (сначала наибольшие расхождения)</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="74"/>
        <source>{n} reviewed attempts. Shift = reviewers&apos; score minus the automatic one: positive means the automatic score is too harsh, negative too lenient.</source>
        <translation>Проверенных попыток: {n}. Сдвиг — балл наставников минус автоматический: плюс значит, что автоматика слишком строга, минус — слишком мягка.</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="82"/>
        <location filename="../trainer/calibration_view.py" line="103"/>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="83"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="84"/>
        <location filename="../trainer/calibration_view.py" line="105"/>
        <source>Mean shift</source>
        <translation>Средний сдвиг</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="85"/>
        <location filename="../trainer/calibration_view.py" line="106"/>
        <source>Mean distance</source>
        <translation>Среднее расхождение</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="86"/>
        <source>Reviewer spread</source>
        <translation>Разброс между наставниками</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="102"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../trainer/calibration_view.py" line="104"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <location filename="../trainer/cohort_view.py" line="28"/>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="31"/>
        <source>Hardest scenarios</source>
        <translation>Самые трудные сценарии</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="37"/>
        <source>Trainees (latest / best per dimension)</source>
        <translation>Стажёры (последний / лучший балл по измерениям)</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="39"/>
        <source>Hardest scenarios for the cohort</source>
        <translation>Самые трудные сценарии для группы</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="59"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="60"/>
        <location filename="../trainer/cohort_view.py" line="96"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="61"/>
        <source>Latest</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="62"/>
        <source>Best</source>
        <translation>Лучший</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="64"/>
        <source>Weakest</source>
        <translation>Слабое место</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="65"/>
        <source>Never attempted</source>
        <translation>Не начаты</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="96"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../trainer/cohort_view.py" line="96"/>
        <source>Mean overall</source>
        <translation>Средний итог</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../conversation_view.py" line="47"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../conversation_view.py" line="54"/>
        <source>Choose a scenario in the list and open it (double-click, Enter or Open) to see the customer&apos;s message here.</source>
        <translation>Выберите сценарий в списке и откройте его (двойной щелчок, Enter или «Открыть») — здесь появится сообщение клиента.</translation>
    </message>
    <message>
        <location filename="../conversation_view.py" line="97"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../conversation_view.py" line="120"/>
        <source>From</source>
        <translation>От</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../draft_keeping.py" line="109"/>
        <source>Draft not saved: {error}</source>
        <translation>Черновик не сохранён: {error}</translation>
    </message>
    <message>
        <location filename="../draft_keeping.py" line="134"/>
        <source>Loading your draft…</source>
        <translation>Загружаем ваш черновик…</translation>
    </message>
    <message>
        <location filename="../draft_keeping.py" line="142"/>
        <source>Your draft was restored.</source>
        <translation>Черновик восстановлен.</translation>
    </message>
    <message>
        <location filename="../draft_keeping.py" line="150"/>
        <source>Your saved draft could not be read: {error}</source>
        <translation>Не удалось прочитать сохранённый черновик: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../trainer/history_view.py" line="82"/>
        <location filename="../trainer/history_view.py" line="132"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="84"/>
        <location filename="../trainer/history_view.py" line="133"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="86"/>
        <location filename="../trainer/history_view.py" line="134"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="88"/>
        <location filename="../trainer/history_view.py" line="135"/>
        <source>Tier</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="91"/>
        <location filename="../trainer/history_view.py" line="142"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="94"/>
        <location filename="../trainer/history_view.py" line="143"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="99"/>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="100"/>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="101"/>
        <source>Best first</source>
        <translation>Сначала лучшие</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="102"/>
        <source>Worst first</source>
        <translation>Сначала худшие</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="107"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="122"/>
        <source>Review…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="124"/>
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="126"/>
        <source>PDF report…</source>
        <translation>Отчёт PDF…</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="144"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="169"/>
        <source>All trainees</source>
        <translation>Все стажёры</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="172"/>
        <source>All scenarios</source>
        <translation>Все сценарии</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="183"/>
        <location filename="../trainer/history_view.py" line="186"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="240"/>
        <source>{n} attempts</source>
        <translation>Попыток: {n}</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="244"/>
        <source>No attempts of this trainee match the filters.</source>
        <translation>У этого стажёра нет попыток, подходящих под фильтры.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="236"/>
        <source>Choose a trainee above to see their scores over time.</source>
        <translation>Выберите стажёра выше, чтобы увидеть его оценки по времени.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="258"/>
        <source>Select an attempt to review.</source>
        <translation>Выберите попытку для проверки.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="266"/>
        <source>This attempt is no longer in the history database.</source>
        <translation>Этой попытки больше нет в базе истории.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="288"/>
        <source>Export CSV</source>
        <translation>Выгрузка CSV</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="297"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="298"/>
        <source>{n} attempts written to {path}.</source>
        <translation>Попыток записано: {n}, файл: {path}.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="320"/>
        <source>Progress report with {n} attempts written to {path}.</source>
        <translation>Отчёт о прогрессе (попыток: {n}) записан в {path}.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="307"/>
        <source>Choose a trainee for the progress report.</source>
        <translation>Выберите стажёра для отчёта о прогрессе.</translation>
    </message>
    <message>
        <location filename="../trainer/history_view.py" line="310"/>
        <location filename="../trainer/history_view.py" line="319"/>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_panel.py" line="56"/>
        <source>Search scenarios…</source>
        <translation>Поиск сценариев…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="57"/>
        <source>Search scenarios</source>
        <translation>Поиск сценариев</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="65"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="66"/>
        <source>Open the selected scenario (Enter)</source>
        <translation>Открыть выбранный сценарий (Enter)</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="94"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="95"/>
        <source>Tier</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="96"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="97"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="98"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="103"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="116"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="70"/>
        <location filename="../library_panel.py" line="72"/>
        <source>Problems in scenario files</source>
        <translation>Ошибки в файлах сценариев</translation>
    </message>
</context>
<context>
    <name>LiveFeedback</name>
    <message>
        <location filename="../live_feedback.py" line="186"/>
        <source>Checked by: {backend}</source>
        <translation>Проверено: {backend}</translation>
    </message>
    <message>
        <location filename="../live_feedback.py" line="234"/>
        <source>Rewrite applied (Ctrl+Z to undo).</source>
        <translation>Переписанный вариант подставлен (Ctrl+Z — отменить).</translation>
    </message>
    <message>
        <location filename="../live_feedback.py" line="276"/>
        <source>No suggestion for this finding.</source>
        <translation>Для этого замечания нет исправления.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../name_dialog.py" line="27"/>
        <source>Welcome to Reply Coach</source>
        <translation>Добро пожаловать в Reply Coach</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="30"/>
        <source>What is your name? Your attempts are saved under it, so your progress and your trainers&apos; reviews stay together. You can change it later in Settings.</source>
        <translation>Как вас зовут? Попытки сохраняются под этим именем, чтобы ваш прогресс и отзывы наставников были в одном месте. Имя можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="38"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="39"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="45"/>
        <source>Start practising</source>
        <translation>Начать занятия</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Reply Coach</source>
        <translation>Reply Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>Submit reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>Submit reply (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>Loading scenarios…</source>
        <translation>Загрузка сценариев…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>&amp;Practice</source>
        <translation>&amp;Тренировка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>&amp;Reply Coach</source>
        <translation>&amp;Reply Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>{n} scenarios loaded</source>
        <translation>Загружено сценариев: {n}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="378"/>
        <source>History database unavailable: {error}</source>
        <translation>База истории недоступна: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>Write a reply before submitting.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <source>Saving your attempt…</source>
        <translation>Сохраняем попытку…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="546"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="558"/>
        <source>The history database is not available yet.</source>
        <translation>База истории пока недоступна.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../progress_dialog.py" line="29"/>
        <source>My progress</source>
        <translation>Мой прогресс</translation>
    </message>
    <message>
        <location filename="../progress_dialog.py" line="47"/>
        <source>Your scores appear here after your first submitted reply.</source>
        <translation>Ваши оценки появятся здесь после первого отправленного ответа.</translation>
    </message>
    <message>
        <location filename="../progress_dialog.py" line="51"/>
        <source>{n} attempts, best {best}, latest {latest}</source>
        <translation>Попыток: {n}, лучшая {best}, последняя {latest}</translation>
    </message>
    <message>
        <location filename="../progress_dialog.py" line="57"/>
        <source>No attempts yet: submit a reply to start your history.</source>
        <translation>Попыток пока нет: отправьте ответ, чтобы начать историю.</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../reply_editor.py" line="44"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="45"/>
        <source>Write your reply to the customer here…</source>
        <translation>Напишите здесь ответ клиенту…</translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="209"/>
        <source>Use: {text}</source>
        <translation>Заменить на: {text}</translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="208"/>
        <source>Delete “{text}”</source>
        <translation>Удалить «{text}»</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../results_view.py" line="41"/>
        <location filename="../results_view.py" line="68"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="43"/>
        <source>Trainer examples</source>
        <translation>Примеры наставников</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="47"/>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="49"/>
        <source>Reply to the customer</source>
        <translation>Ответить клиенту</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="73"/>
        <source>How trainers answered</source>
        <translation>Как ответили наставники</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="76"/>
        <source>The trainers wrote no example reply for this turn.</source>
        <translation>Для этого хода наставники не написали примера ответа.</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="86"/>
        <source>replied</source>
        <translation>пишет</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="89"/>
        <source>The conversation is complete.</source>
        <translation>Переписка завершена.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../trainer/review_dialog.py" line="73"/>
        <source>Review attempt #{id}</source>
        <translation>Проверка попытки №{id}</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="94"/>
        <location filename="../trainer/review_dialog.py" line="176"/>
        <source>Trainer examples</source>
        <translation>Примеры наставников</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="99"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="100"/>
        <source>Your name as the reviewer</source>
        <translation>Ваше имя как проверяющего</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="102"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="103"/>
        <source>What should the trainee keep or change?</source>
        <translation>Что стажёру стоит сохранить или изменить?</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="111"/>
        <location filename="../trainer/review_dialog.py" line="128"/>
        <source>override</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="121"/>
        <location filename="../trainer/review_dialog.py" line="256"/>
        <source>auto {score}</source>
        <translation>авто {score}</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="157"/>
        <source>Review status</source>
        <translation>Состояние отзыва</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="161"/>
        <source>{trainee} · {scenario} · overall {overall} (automatic {auto})</source>
        <translation>{trainee} · {scenario} · итог {overall} (автоматически {auto})</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="273"/>
        <source>Saving the review…</source>
        <translation>Сохраняем отзыв…</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="138"/>
        <source>Overall after this review</source>
        <translation>Итог после этой проверки</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="145"/>
        <location filename="../trainer/review_dialog.py" line="227"/>
        <source>Overall</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="178"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="180"/>
        <source>Your review</source>
        <translation>Ваш отзыв</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="195"/>
        <source>The scenario is not in the loaded library.</source>
        <translation>Этого сценария нет в загруженной библиотеке.</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="205"/>
        <source>No reviews yet.</source>
        <translation>Отзывов пока нет.</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="265"/>
        <source>Write a comment or override a score.</source>
        <translation>Напишите комментарий или измените балл.</translation>
    </message>
    <message>
        <location filename="../trainer/review_dialog.py" line="270"/>
        <source>trainer</source>
        <translation>наставник</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../trainer/score_chart.py" line="186"/>
        <source>Scores over time</source>
        <translation>Баллы во времени</translation>
    </message>
    <message>
        <location filename="../trainer/score_chart.py" line="74"/>
        <source>Scores over time (attempt by attempt)</source>
        <translation>Баллы во времени (по попыткам)</translation>
    </message>
    <message>
        <location filename="../trainer/score_chart.py" line="98"/>
        <source>Overall</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../trainer/score_chart.py" line="107"/>
        <source>Moving average ({n})</source>
        <translation>Скользящее среднее ({n})</translation>
    </message>
    <message>
        <location filename="../trainer/score_chart.py" line="131"/>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <location filename="../trainer/score_chart.py" line="138"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../trainer/score_chart.py" line="201"/>
        <source>No attempts to show yet.</source>
        <translation>Попыток пока нет.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../score_panel.py" line="44"/>
        <source>Overall score</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="50"/>
        <source>Score band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="55"/>
        <location filename="../score_panel.py" line="71"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="59"/>
        <location filename="../score_panel.py" line="63"/>
        <source>Suggested rewrite</source>
        <translation>Переписанный вариант</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="60"/>
        <source>Use this rewrite</source>
        <translation>Взять этот вариант</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="82"/>
        <source>Start typing: your scores appear here.</source>
        <translation>Начните писать — здесь появятся оценки.</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="142"/>
        <source>Nothing to improve: the reply already scores {score:.0f}.</source>
        <translation>Улучшать нечего: ответ уже получил {score:.0f}.</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="145"/>
        <source>No better rewrite to suggest yet.</source>
        <translation>Лучшего варианта пока нет.</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="158"/>
        <source>Scores {after:.0f} instead of {before:.0f}</source>
        <translation>Балл: {after:.0f} вместо {before:.0f}</translation>
    </message>
</context>
<context>
    <name>SelftestModel</name>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="52"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="53"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="54"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="55"/>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="56"/>
        <source>Must fail on</source>
        <translation>Должен провалить</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="57"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="80"/>
        <source>good</source>
        <translation>хороший</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="80"/>
        <source>bad</source>
        <translation>плохой</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="87"/>
        <source>pass</source>
        <translation>пройден</translation>
    </message>
    <message>
        <location filename="../trainer/workbench_selftest.py" line="87"/>
        <source>FAIL</source>
        <translation>ПРОВАЛ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Trainee name</source>
        <translation>Имя стажёра</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54"/>
        <source>You are signed in to the team&apos;s history database as {login}: your attempts and drafts are saved under this login, whatever name is typed here. To practise as someone else, use their database login.</source>
        <translation>Вы вошли в общую базу истории команды как {login}: попытки и черновики сохраняются под этой учётной записью, какое бы имя здесь ни было указано. Чтобы тренироваться под другим именем, войдите с учётной записью этого человека.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>LanguageTool server URL</source>
        <translation>Адрес сервера LanguageTool</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>default: a file in your user data folder</source>
        <translation>по умолчанию — файл в папке данных пользователя</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75"/>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Content folders</source>
        <translation>Папки с материалами</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="78"/>
        <source>Folders of your own scenarios and rubrics, separated by “{sep}”. They are searched after the bundled content, from the next start.</source>
        <translation>Папки с вашими сценариями и рубриками через «{sep}». Их просматривают после встроенных материалов, начиная со следующего запуска.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100"/>
        <source>LanguageTool server</source>
        <translation>Сервер LanguageTool</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Database (URL)</source>
        <translation>База данных (URL)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109"/>
        <source>Spelling: offline checker</source>
        <translation>Орфография: встроенная проверка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="111"/>
        <source>LanguageTool: not tested yet</source>
        <translation>LanguageTool: подключение не проверялось</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>LanguageTool: connected</source>
        <translation>LanguageTool: подключено</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>offline checker</source>
        <translation>Встроенная проверка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../ticket_panel.py" line="40"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="41"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="59"/>
        <source>Ticket details</source>
        <translation>Сведения об обращении</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="61"/>
        <location filename="../ticket_panel.py" line="70"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="63"/>
        <source>Documentation</source>
        <translation>Документация</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="65"/>
        <location filename="../ticket_panel.py" line="72"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="71"/>
        <source>Docs</source>
        <translation>Документация</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="97"/>
        <source>Your task</source>
        <translation>Ваша задача</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="98"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="99"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="100"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="101"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../ticket_panel.py" line="102"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>TimeLimitDisplay</name>
    <message>
        <location filename="../time_limit.py" line="54"/>
        <source>⏰ Time is up — submit when you are ready.</source>
        <translation>⏰ Время вышло — отправьте ответ, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../time_limit.py" line="63"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation>Осталось: {m}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>TraineeIdentity</name>
    <message>
        <location filename="../trainee_identity.py" line="83"/>
        <source>Trainee: {name} (database login)</source>
        <translation>Стажёр: {name} (учётная запись базы данных)</translation>
    </message>
    <message>
        <location filename="../trainee_identity.py" line="85"/>
        <source>Trainee: {name}</source>
        <translation>Стажёр: {name}</translation>
    </message>
    <message>
        <location filename="../trainee_identity.py" line="161"/>
        <source>Your {n} earlier attempts are now saved under your name.</source>
        <translation>Прежние попытки ({n}) теперь сохранены под вашим именем.</translation>
    </message>
</context>
<context>
    <name>TrainerAccess</name>
    <message>
        <location filename="../trainer_access.py" line="69"/>
        <source>The history database is not available yet.</source>
        <translation>База истории пока недоступна.</translation>
    </message>
</context>
<context>
    <name>TrainerAudit</name>
    <message>
        <location filename="../trainer/audit_text.py" line="17"/>
        <source>The passphrase was set on {when} by {who}.</source>
        <translation>Пароль задан {when}, кто: {who}.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="20"/>
        <source>The passphrase was changed on {when} by {who}.</source>
        <translation>Пароль изменён {when}, кто: {who}.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="23"/>
        <source>The passphrase was set again on {when} by {who}, after its record had disappeared from the database.</source>
        <translation>Пароль задан заново {when}, кто: {who}, после того как его запись исчезла из базы.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="28"/>
        <source>The passphrase hash was strengthened on {when}.</source>
        <translation>Хеш пароля усилен {when}.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="31"/>
        <source>Trainer mode was opened on {when} by {who}.</source>
        <translation>Режим наставника открыт {when}, кто: {who}.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="46"/>
        <source>Warning: a trainer passphrase was set on this database ({last}) and its record has been removed outside the app. A passphrase set now is reported to the trainer as a reset.</source>
        <translation>Внимание: для этой базы был задан пароль наставника ({last}), и его запись удалена в обход приложения. Пароль, заданный сейчас, будет показан наставнику как сброс.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="56"/>
        <source>The stored passphrase is not the one its audit vouches for: it was replaced outside the app.</source>
        <translation>Сохранённый пароль не совпадает с тем, что подтверждает журнал: его заменили в обход приложения.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="61"/>
        <source>The passphrase audit was edited or cut outside the app: entries are missing or altered.</source>
        <translation>Журнал пароля изменён или обрезан в обход приложения: записи пропали или изменены.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="66"/>
        <source>The stored passphrase has no audit entry: it was written outside the app.</source>
        <translation>У сохранённого пароля нет записи в журнале: его записали в обход приложения.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="70"/>
        <source>The passphrase record was removed from the database outside the app.</source>
        <translation>Запись пароля удалена из базы в обход приложения.</translation>
    </message>
    <message>
        <location filename="../trainer/audit_text.py" line="73"/>
        <source>The passphrase record once disappeared and a new passphrase was set: someone may have used trainer mode without your passphrase.</source>
        <translation>Запись пароля однажды исчезла, и был задан новый пароль: возможно, кто-то открывал режим наставника без вашего пароля.</translation>
    </message>
</context>
<context>
    <name>TrainerAuthDialog</name>
    <message>
        <location filename="../trainer/auth_dialog.py" line="55"/>
        <source>Trainer mode</source>
        <translation>Режим наставника</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="58"/>
        <source>Trainer passphrase</source>
        <translation>Пароль наставника</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="61"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="82"/>
        <source>Open trainer mode</source>
        <translation>Открыть режим наставника</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="69"/>
        <source>Set a passphrase for trainer mode. Trainees will not be able to open histories, reviews or scores without it.</source>
        <translation>Задайте пароль режима наставника. Без него стажёры не смогут открыть историю, отзывы и баллы.</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="90"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="91"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="136"/>
        <source>Use at least {n} characters.</source>
        <translation>Нужно не меньше {n} символов.</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="139"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="147"/>
        <source>Saving the passphrase…</source>
        <translation>Сохраняем пароль…</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="149"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../trainer/auth_dialog.py" line="162"/>
        <source>Wrong passphrase.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../trainer/trainer_window.py" line="43"/>
        <source>Reply Coach — trainer</source>
        <translation>Reply Coach — наставник</translation>
    </message>
    <message>
        <location filename="../trainer/trainer_window.py" line="54"/>
        <source>History and review</source>
        <translation>История и проверка</translation>
    </message>
    <message>
        <location filename="../trainer/trainer_window.py" line="55"/>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../trainer/trainer_window.py" line="56"/>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <location filename="../trainer/trainer_window.py" line="57"/>
        <source>Scenario workbench</source>
        <translation>Мастерская сценариев</translation>
    </message>
    <message>
        <location filename="../trainer/trainer_window.py" line="69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../trainer/trainer_window.py" line="74"/>
        <source>&amp;Trainer</source>
        <translation>&amp;Наставник</translation>
    </message>
</context>
<context>
    <name>WorkbenchTab</name>
    <message>
        <location filename="../trainer/workbench.py" line="138"/>
        <source>Scenario to open</source>
        <translation>Сценарий, который открыть</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="140"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="142"/>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="145"/>
        <source>New scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="148"/>
        <source>In English</source>
        <translation>На английском</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="149"/>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="151"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="153"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="174"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="195"/>
        <source>Selftest</source>
        <translation>Самопроверка</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="206"/>
        <source>&lt;b&gt;Selftest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Самопроверка&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="214"/>
        <source>Customer turn to reply to</source>
        <translation>Реплика клиента, на которую отвечать</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="221"/>
        <source>Try a reply</source>
        <translation>Попробовать ответ</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="222"/>
        <source>Write a reply as a trainee would…</source>
        <translation>Напишите ответ, как написал бы стажёр…</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="239"/>
        <source>&lt;b&gt;Try a reply&lt;/b&gt;</source>
        <translation>&lt;b&gt;Попробовать ответ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="281"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>Не удаётся открыть {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="308"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="333"/>
        <source>Discard your unsaved changes to this scenario?</source>
        <translation>Отменить несохранённые изменения в этом сценарии?</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="363"/>
        <source>This scenario has changes that were not saved when the workbench last closed. Restore them?</source>
        <translation>В этом сценарии есть изменения, которые не были сохранены при прошлом закрытии мастерской. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="382"/>
        <source>Open a scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="382"/>
        <source>Scenario YAML (*.yaml *.yml)</source>
        <translation>YAML сценария (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="394"/>
        <source>New scenario, not saved yet: Save writes it to your content folder.</source>
        <translation>Новый сценарий, ещё не сохранён: «Сохранить» запишет его в вашу папку с материалами.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="397"/>
        <source>{path} — bundled with Reply Coach, read-only. Edit to experiment; Save a copy keeps your version in your content folder.</source>
        <translation>{path} — входит в Reply Coach, только для чтения. Меняйте, чтобы попробовать; «Сохранить копию» сохранит вашу версию в вашей папке с материалами.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="403"/>
        <source>(unsaved changes)</source>
        <translation>(есть несохранённые изменения)</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="436"/>
        <source>{errors} error(s), {warnings} warning(s): trainees do not see this scenario until the errors are fixed.</source>
        <translation>Ошибок: {errors}, предупреждений: {warnings}. Стажёры не увидят этот сценарий, пока ошибки не исправлены.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="445"/>
        <source>Selftest runs once the errors are fixed.</source>
        <translation>Самопроверка запустится, когда ошибки будут исправлены.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="447"/>
        <source>Scored against the last version without errors.</source>
        <translation>Оценено по последней версии без ошибок.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="450"/>
        <source>No errors, {warnings} warning(s).</source>
        <translation>Ошибок нет, предупреждений: {warnings}.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="452"/>
        <source>Running the selftest…</source>
        <translation>Идёт самопроверка…</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="491"/>
        <source>Turn {n}</source>
        <translation>Реплика {n}</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="498"/>
        <source>{turn}, variant {k} of {m}</source>
        <translation>{turn}, вариант {k} из {m}</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="522"/>
        <source>Customer: {message}</source>
        <translation>Клиент: {message}</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="467"/>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="467"/>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНА</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="470"/>
        <source>{verdict}: margin {margin} (good minus bad; needs at least {needed:.0f})</source>
        <translation>{verdict}: отрыв {margin} (хорошие минус плохие; нужно не меньше {needed:.0f})</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="537"/>
        <source>Fix the errors to try a reply.</source>
        <translation>Исправьте ошибки, чтобы попробовать ответ.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="543"/>
        <source>Judging the reply failed unexpectedly; see the log.</source>
        <translation>Оценить ответ не удалось из-за непредвиденной ошибки; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="554"/>
        <source>The check failed unexpectedly; see the log.</source>
        <translation>Проверка неожиданно завершилась сбоем; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="572"/>
        <source>Give the scenario an id (the &apos;id:&apos; line) before saving it.</source>
        <translation>Перед сохранением задайте сценарию id (строка «id:»).</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="580"/>
        <source>{path} already exists: change the scenario&apos;s id, or open that file to edit it.</source>
        <translation>{path} уже существует: измените id сценария или откройте этот файл, чтобы его править.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="615"/>
        <source>The scenario was not saved: {reason}</source>
        <translation>Сценарий не сохранён: {reason}</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="628"/>
        <source>Saved with errors: trainees see it once they are fixed.</source>
        <translation>Сохранено с ошибками: стажёры увидят сценарий, когда они будут исправлены.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="630"/>
        <source>Saved: trainees find it in their library.</source>
        <translation>Сохранено: стажёры найдут сценарий в своей библиотеке.</translation>
    </message>
    <message>
        <location filename="../trainer/workbench.py" line="649"/>
        <source>Choose a folder for your scenarios</source>
        <translation>Выберите папку для своих сценариев</translation>
    </message>
</context>
<context>
    <name>YamlEditor</name>
    <message>
        <location filename="../trainer/workbench_editor.py" line="95"/>
        <source>Scenario YAML</source>
        <translation>YAML сценария</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../actions.py" line="35"/>
        <source>&amp;Submit reply</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <location filename="../actions.py" line="38"/>
        <source>&amp;Next finding</source>
        <translation>&amp;Следующее замечание</translation>
    </message>
    <message>
        <location filename="../actions.py" line="40"/>
        <source>&amp;Previous finding</source>
        <translation>П&amp;редыдущее замечание</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>&amp;Apply suggestion</source>
        <translation>Применить &amp;исправление</translation>
    </message>
    <message>
        <location filename="../actions.py" line="48"/>
        <source>Use the &amp;rewrite</source>
        <translation>&amp;Взять переписанный вариант</translation>
    </message>
    <message>
        <location filename="../actions.py" line="52"/>
        <source>&amp;Try again</source>
        <translation>&amp;Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../actions.py" line="56"/>
        <source>Ne&amp;xt scenario</source>
        <translation>&amp;Следующий сценарий</translation>
    </message>
    <message>
        <location filename="../actions.py" line="60"/>
        <source>Pre&amp;vious scenario</source>
        <translation>П&amp;редыдущий сценарий</translation>
    </message>
    <message>
        <location filename="../actions.py" line="64"/>
        <source>&amp;Search scenarios</source>
        <translation>&amp;Поиск сценариев</translation>
    </message>
    <message>
        <location filename="../actions.py" line="67"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="69"/>
        <source>My &amp;progress…</source>
        <translation>Мой &amp;прогресс…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73"/>
        <source>&amp;Trainer mode…</source>
        <translation>&amp;Режим наставника…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="44"/>
        <location filename="../dialogs.py" line="79"/>
        <source>Reply Coach</source>
        <translation>Reply Coach</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="58"/>
        <source>Something went wrong inside Reply Coach. Your reply is kept as a draft.

Please send the log file to your trainer or the developers:
{path}</source>
        <translation>В Reply Coach произошла внутренняя ошибка. Ваш ответ сохранён как черновик.

Пожалуйста, отправьте файл журнала наставнику или разработчикам:
{path}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../display_names.py" line="56"/>
        <source>Overall</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../display_names.py" line="111"/>
        <source>trainer example</source>
        <translation>пример наставника</translation>
    </message>
    <message>
        <location filename="../display_names.py" line="113"/>
        <source>from the rubric</source>
        <translation>из рубрики</translation>
    </message>
    <message>
        <location filename="../display_names.py" line="115"/>
        <source>from the scenario</source>
        <translation>из сценария</translation>
    </message>
    <message>
        <location filename="../display_names.py" line="117"/>
        <source>spelling</source>
        <translation>орфография</translation>
    </message>
</context>
<context>
    <name>facets</name>
    <message>
        <location filename="../facets.py" line="30"/>
        <source>technical</source>
        <translation>техническая</translation>
    </message>
    <message>
        <location filename="../facets.py" line="31"/>
        <source>customer</source>
        <translation>клиентская</translation>
    </message>
    <message>
        <location filename="../facets.py" line="32"/>
        <source>product</source>
        <translation>продуктовая</translation>
    </message>
    <message>
        <location filename="../facets.py" line="33"/>
        <source>billing</source>
        <translation>оплата</translation>
    </message>
    <message>
        <location filename="../facets.py" line="34"/>
        <source>multilingual</source>
        <translation>многоязычная</translation>
    </message>
    <message>
        <location filename="../facets.py" line="35"/>
        <source>e-mail</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../facets.py" line="13"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../facets.py" line="14"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../facets.py" line="36"/>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <location filename="../facets.py" line="37"/>
        <source>angry</source>
        <translation>злится</translation>
    </message>
    <message>
        <location filename="../facets.py" line="38"/>
        <source>anxious</source>
        <translation>тревожится</translation>
    </message>
    <message>
        <location filename="../facets.py" line="39"/>
        <source>confused</source>
        <translation>растерян</translation>
    </message>
    <message>
        <location filename="../facets.py" line="40"/>
        <source>sarcastic</source>
        <translation>язвит</translation>
    </message>
    <message>
        <location filename="../facets.py" line="41"/>
        <source>impatient</source>
        <translation>торопит</translation>
    </message>
    <message>
        <location filename="../facets.py" line="42"/>
        <source>polite</source>
        <translation>вежлив</translation>
    </message>
    <message>
        <location filename="../facets.py" line="43"/>
        <source>neutral</source>
        <translation>спокоен</translation>
    </message>
    <message>
        <location filename="../facets.py" line="44"/>
        <source>annoyed</source>
        <translation>раздражён</translation>
    </message>
    <message>
        <location filename="../facets.py" line="45"/>
        <source>frustrated</source>
        <translation>раздосадован</translation>
    </message>
    <message>
        <location filename="../facets.py" line="46"/>
        <source>upset</source>
        <translation>расстроен</translation>
    </message>
    <message>
        <location filename="../facets.py" line="47"/>
        <source>worried</source>
        <translation>обеспокоен</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../library_model.py" line="31"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="32"/>
        <location filename="../library_model.py" line="138"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="33"/>
        <source>Lang</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="34"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="35"/>
        <source>Tier</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="36"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="37"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="38"/>
        <source>Best</source>
        <translation>Лучший балл</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="130"/>
        <source>VIP customer</source>
        <translation>VIP-клиент</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../trainer/export.py" line="65"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="66"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="67"/>
        <source>Turn</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="68"/>
        <source>Overall</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="102"/>
        <source>Progress report: {trainee}</source>
        <translation>Отчёт о прогрессе: {trainee}</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="105"/>
        <source>{n} attempts, average overall {average}.</source>
        <translation>Попыток: {n}, средний итог {average}.</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="108"/>
        <source>✎ a reviewer overrode the automatic score.</source>
        <translation>✎ проверяющий изменил автоматическую оценку.</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="109"/>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location filename="../trainer/export.py" line="110"/>
        <source>Reviewer comments</source>
        <translation>Комментарии проверяющих</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <location filename="../saving.py" line="66"/>
        <source>Attempt saved.</source>
        <translation>Попытка сохранена.</translation>
    </message>
    <message>
        <location filename="../saving.py" line="75"/>
        <source>Not saved to the history database yet: {error} The attempt is kept on this computer and will be saved when the database is available.</source>
        <translation>В базу истории пока не сохранено: {error} Попытка хранится на этом компьютере и будет записана, когда база станет доступна.</translation>
    </message>
    <message>
        <location filename="../saving.py" line="83"/>
        <source>The attempt could not be saved: {error} A copy is kept in {path}; your reply is still in the editor.</source>
        <translation>Попытку не удалось сохранить: {error} Копия лежит в {path}; ответ по-прежнему в редакторе.</translation>
    </message>
    <message>
        <location filename="../saving.py" line="91"/>
        <source>The attempt could not be saved: {error} Your reply is still in the editor; copy it somewhere safe.</source>
        <translation>Попытку не удалось сохранить: {error} Ответ по-прежнему в редакторе; скопируйте его в надёжное место.</translation>
    </message>
    <message>
        <location filename="../saving.py" line="105"/>
        <source>{n} attempts saved while the database was unavailable are now recorded.</source>
        <translation>Попытки, сохранённые, пока база была недоступна, записаны: {n}.</translation>
    </message>
    <message>
        <location filename="../saving.py" line="111"/>
        <source>{n} kept attempts could not be saved and were moved to {folder}: {reason}</source>
        <translation>Сохранённые попытки, которые не удалось записать, перенесены в {folder}: {n}. Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../saving.py" line="118"/>
        <source>{n} kept attempt files could not be read; they stay in the pending folder as *.damaged.</source>
        <translation>Файлы сохранённых попыток, которые не удалось прочитать, оставлены в папке ожидания как *.damaged: {n}.</translation>
    </message>
</context>
</TS>
