<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_panel.py" line="45"/>
        <source>Search scenarios…</source>
        <translation>Поиск сценариев…</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="46"/>
        <source>Search scenarios</source>
        <translation>Поиск сценариев</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="53"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="54"/>
        <source>Tier</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="55"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="56"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="57"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="62"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="73"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="89"/>
        <location filename="../library_panel.py" line="91"/>
        <source>Problems in scenario files</source>
        <translation>Ошибки в файлах сценариев</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Reply Coach</source>
        <translation>Reply Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>Submit reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>Submit reply (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Loading scenarios…</source>
        <translation>Загрузка сценариев…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Practice</source>
        <translation>&amp;Тренировка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Reply Coach</source>
        <translation>&amp;Reply Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>{n} scenarios loaded</source>
        <translation>Загружено сценариев: {n}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Your draft was restored.</source>
        <translation>Черновик восстановлен.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>Checked by: {backend}</source>
        <translation>Проверено: {backend}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Rewrite applied (Ctrl+Z to undo).</source>
        <translation>Переписанный вариант подставлен (Ctrl+Z — отменить).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>No suggestion for this finding.</source>
        <translation>Для этого замечания нет исправления.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355"/>
        <source>Write a reply before submitting.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>Attempt saved.</source>
        <translation>Попытка сохранена.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Your reply could not be saved: {error}
It is kept as a draft.</source>
        <translation>Не удалось сохранить ответ: {error}
Текст остался в черновике.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <source>Draft not saved: {error}</source>
        <translation>Черновик не сохранён: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="464"/>
        <source>Time is up — submit when you are ready.</source>
        <translation>Время вышло — отправьте ответ, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="468"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation>Осталось: {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="495"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../reply_editor.py" line="39"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="40"/>
        <source>Write your reply to the customer here…</source>
        <translation>Напишите здесь ответ клиенту…</translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="173"/>
        <source>Use: {text}</source>
        <translation>Заменить на: {text}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../results_view.py" line="41"/>
        <location filename="../results_view.py" line="69"/>
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
        <location filename="../results_view.py" line="72"/>
        <source>How trainers answered</source>
        <translation>Как ответили наставники</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="82"/>
        <source>replied</source>
        <translation>пишет</translation>
    </message>
    <message>
        <location filename="../results_view.py" line="85"/>
        <source>The conversation is complete.</source>
        <translation>Переписка завершена.</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../scenario_view.py" line="36"/>
        <source>Customer and ticket</source>
        <translation>Клиент и обращение</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="59"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="64"/>
        <source>Your task</source>
        <translation>Ваша задача</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="66"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="81"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="84"/>
        <source>Documentation</source>
        <translation>Документация</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="87"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="89"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="93"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="103"/>
        <source>From</source>
        <translation>От</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../score_panel.py" line="41"/>
        <source>Overall score</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="47"/>
        <source>Score band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="51"/>
        <location filename="../score_panel.py" line="67"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="55"/>
        <location filename="../score_panel.py" line="59"/>
        <source>Suggested rewrite</source>
        <translation>Переписанный вариант</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="56"/>
        <source>Use this rewrite</source>
        <translation>Взять этот вариант</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="110"/>
        <source>No better rewrite to suggest yet.</source>
        <translation>Лучшего варианта пока нет.</translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="123"/>
        <source>Scores {after:.0f} instead of {before:.0f}</source>
        <translation>Балл: {after:.0f} вместо {before:.0f}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="29"/>
        <source>Trainee name</source>
        <translation>Имя стажёра</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="31"/>
        <source>LanguageTool server URL</source>
        <translation>Адрес сервера LanguageTool</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="35"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>default: a file in your user data folder</source>
        <translation>по умолчанию — файл в папке данных пользователя</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="52"/>
        <source>LanguageTool server</source>
        <translation>Сервер LanguageTool</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54"/>
        <source>Database (URL)</source>
        <translation>База данных (URL)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="59"/>
        <source>Spelling: offline checker</source>
        <translation>Орфография: встроенная проверка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>LanguageTool: not tested yet</source>
        <translation>LanguageTool: подключение не проверялось</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>LanguageTool: connected</source>
        <translation>LanguageTool: подключено</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>offline checker</source>
        <translation>Встроенная проверка</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../actions.py" line="36"/>
        <source>&amp;Submit reply</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <location filename="../actions.py" line="37"/>
        <source>&amp;Next finding</source>
        <translation>&amp;Следующее замечание</translation>
    </message>
    <message>
        <location filename="../actions.py" line="38"/>
        <source>&amp;Previous finding</source>
        <translation>П&amp;редыдущее замечание</translation>
    </message>
    <message>
        <location filename="../actions.py" line="39"/>
        <source>&amp;Apply suggestion</source>
        <translation>Применить &amp;исправление</translation>
    </message>
    <message>
        <location filename="../actions.py" line="40"/>
        <source>Use the &amp;rewrite</source>
        <translation>&amp;Взять переписанный вариант</translation>
    </message>
    <message>
        <location filename="../actions.py" line="41"/>
        <source>&amp;Try again</source>
        <translation>&amp;Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>Ne&amp;xt scenario</source>
        <translation>&amp;Следующий сценарий</translation>
    </message>
    <message>
        <location filename="../actions.py" line="43"/>
        <source>Pre&amp;vious scenario</source>
        <translation>П&amp;редыдущий сценарий</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>&amp;Search scenarios</source>
        <translation>&amp;Поиск сценариев</translation>
    </message>
    <message>
        <location filename="../actions.py" line="45"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Reply Coach</source>
        <translation>Reply Coach</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>Something went wrong inside Reply Coach. Your reply is kept as a draft.

Please send the log file to your trainer or the developers:
{path}</source>
        <translation>В Reply Coach произошла внутренняя ошибка. Ваш ответ сохранён как черновик.

Пожалуйста, отправьте файл журнала наставнику или разработчикам:
{path}</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
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
        <source>Lang</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="33"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="34"/>
        <source>Tier</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="35"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="36"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location filename="../library_model.py" line="37"/>
        <source>Best</source>
        <translation>Лучший балл</translation>
    </message>
</context>
</TS>
