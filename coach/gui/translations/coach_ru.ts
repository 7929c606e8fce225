<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../library_panel.py" line="45"/>
        <source>Search scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="46"/>
        <source>Search scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="53"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="54"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="55"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="56"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="57"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="62"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="73"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_panel.py" line="89"/>
        <location filename="../library_panel.py" line="91"/>
        <source>Problems in scenario files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Reply Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>Submit reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>Submit reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Loading scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Reply Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>{n} scenarios loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Your draft was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>Checked by: {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Rewrite applied (Ctrl+Z to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>No suggestion for this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355"/>
        <source>Write a reply before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371"/>
        <source>Attempt saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Your reply could not be saved: {error}
It is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <source>Draft not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="464"/>
        <source>Time is up — submit when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="468"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="495"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../reply_editor.py" line="39"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="40"/>
        <source>Write your reply to the customer here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reply_editor.py" line="173"/>
        <source>Use: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../results_view.py" line="41"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_view.py" line="43"/>
        <source>Trainer examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_view.py" line="47"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../results_view.py" line="49"/>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../scenario_view.py" line="36"/>
        <source>Customer and ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_view.py" line="93"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../score_panel.py" line="41"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="47"/>
        <source>Score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="51"/>
        <location filename="../score_panel.py" line="67"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="55"/>
        <location filename="../score_panel.py" line="59"/>
        <source>Suggested rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="56"/>
        <source>Use this rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../score_panel.py" line="123"/>
        <source>Scores {after:.0f} instead of {before:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="29"/>
        <source>Trainee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="31"/>
        <source>LanguageTool server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="35"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>default: a file in your user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="52"/>
        <source>LanguageTool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54"/>
        <source>Database (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="59"/>
        <source>Spelling: offline checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>LanguageTool: not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>LanguageTool: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>offline checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../actions.py" line="36"/>
        <source>&amp;Submit reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="37"/>
        <source>&amp;Next finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="38"/>
        <source>&amp;Previous finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="39"/>
        <source>&amp;Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="40"/>
        <source>Use the &amp;rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="41"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>Ne&amp;xt scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="43"/>
        <source>Pre&amp;vious scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>&amp;Search scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="45"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Reply Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>Something went wrong inside Reply Coach. Your reply is kept as a draft.

Please send the log file to your trainer or the developers:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../library_model.py" line="31"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.py" line="32"/>
        <source>Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.py" line="33"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.py" line="34"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.py" line="35"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.py" line="36"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_model.py" line="37"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
