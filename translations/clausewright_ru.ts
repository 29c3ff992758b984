<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Clausewright</name>
    <message>
        <source>%1: not a lint rules file: %2</source>
        <translation>%1: это не файл правил проверки: %2</translation>
    </message>
    <message>
        <source>%1: invalid pattern “%2”</source>
        <translation>%1: недопустимый шаблон «%2»</translation>
    </message>
    <message>
        <source>Placeholder “%1” is not filled in</source>
        <translation>Незаполненное поле «%1»</translation>
    </message>
    <message>
        <source>“%1” mixes alphabets (%2)</source>
        <translation>Смешение алфавитов в слове «%1» (%2)</translation>
    </message>
    <message>
        <source>“%1” mixes alphabets (%2); did you mean “%3”?</source>
        <translation>Смешение алфавитов в слове «%1» (%2); возможно, имелось в виду «%3»?</translation>
    </message>
    <message>
        <source>Garbled characters “%1”: probably “%2” decoded with the wrong encoding</source>
        <translation>Искажённые символы «%1»: вероятно, это «%2» после чтения в неверной кодировке</translation>
    </message>
    <message>
        <source>“%1” is not followed by an address, e-mail or phone number</source>
        <translation>После «%1» не указаны ни адрес, ни электронная почта, ни телефон</translation>
    </message>
    <message>
        <source>“%1” is not followed by a date</source>
        <translation>После «%1» не указана дата</translation>
    </message>
    <message>
        <source>Built-in data file %1 is missing: %2</source>
        <translation>Отсутствует встроенный файл данных %1: %2</translation>
    </message>
    <message>
        <source>%1: the page has no text</source>
        <translation>%1: на странице нет текста</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: ошибка чтения: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: это папка, а не файл</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: файл слишком велик (%2 МБ, допустимо не более %3 МБ)</translation>
    </message>
    <message>
        <source>%1: the input is too large (the limit is %2 MB)</source>
        <translation>%1: входные данные слишком велики (допустимо не более %2 МБ)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: файл пуст</translation>
    </message>
    <message>
        <source>%1: no importer for this kind of file</source>
        <translation>%1: файлы такого типа не поддерживаются</translation>
    </message>
    <message>
        <source>%1: the Markdown could not be parsed</source>
        <translation>%1: не удалось разобрать разметку Markdown</translation>
    </message>
    <message>
        <source>Output format: text, json or html.</source>
        <translation>Формат вывода: text, json или html.</translation>
    </message>
    <message>
        <source>The document&apos;s language: auto, en or ru.</source>
        <translation>Язык документа: auto, en или ru.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json or html.</source>
        <translation>Неизвестный формат «%1»: укажите text, json или html.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use auto, en or ru.</source>
        <translation>Неизвестный язык «%1»: укажите auto, en или ru.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: ошибка записи: %2</translation>
    </message>
    <message>
        <source>The policy file (- for standard input).</source>
        <translation>Файл политики («-» — стандартный ввод).</translation>
    </message>
    <message>
        <source>Exit with status 1 when issues of these kinds are found (comma-separated, or “any”).</source>
        <translation>Завершить работу с кодом 1, если найдены замечания указанных типов (несколько — через запятую; «any» — любые).</translation>
    </message>
    <message>
        <source>A JSON file of extra lint rules.</source>
        <translation>JSON-файл с дополнительными правилами проверки.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The input is not text: it contains binary data (NUL bytes or control characters).</source>
        <translation>Входные данные не являются текстом: они содержат двоичные данные (нулевые байты или управляющие символы).</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>греческий алфавит</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>“%1”: the e-mail address was hidden by the web page it was copied from; type the address in by hand</source>
        <translation>«%1»: адрес электронной почты скрыт веб-страницей, с которой скопирован текст; впишите адрес вручную</translation>
    </message>
    <message>
        <source>%1: not a text file: it contains binary data (NUL bytes or control characters).</source>
        <translation>%1: это не текстовый файл — в нём есть двоичные данные (нулевые байты или управляющие символы).</translation>
    </message>
    <message>
        <source>Usage: clausewright-cli COMMAND [options] FILE...

Commands:
  outline FILE [--with-text]   the recovered structure of a policy
  lint FILE [--fail-on KINDS]  unfilled placeholders, mixed alphabets, garbled
                               characters, missing contacts and dates

Common options:
  --format text|json|html      output format (default: text)
  -o, --output FILE            write to FILE instead of standard output
  --lang auto|en|ru            the document&apos;s language (default: detected)
  -h, --help                   this help; COMMAND --help for a command&apos;s options
  -v, --version                the version

Exit status: 0 success, 1 problems found (with --fail-on), 2 bad usage,
3 unreadable or invalid input.
</source>
        <translation>Использование: clausewright-cli КОМАНДА [параметры] ФАЙЛ...

Команды:
  outline ФАЙЛ [--with-text]   восстановленная структура политики
  lint ФАЙЛ [--fail-on ТИПЫ]   незаполненные поля, смешение алфавитов, искажённые
                               символы, не указанные контакты и даты

Общие параметры:
  --format text|json|html      формат отчёта (по умолчанию text)
  -o, --output ФАЙЛ            записать отчёт в ФАЙЛ, а не в стандартный вывод
  --lang auto|en|ru            язык документа (по умолчанию определяется по тексту)
  -h, --help                   эта справка; КОМАНДА --help — параметры команды
  -v, --version                версия программы

Код завершения: 0 — успешно, 1 — найдены замечания (при --fail-on),
2 — неверный вызов, 3 — входной файл не читается или повреждён.
</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>Записать отчёт в этот файл, а не в стандартный вывод.</translation>
    </message>
    <message>
        <source>%1 takes exactly one file</source>
        <translation>Команде %1 нужно указать ровно один файл</translation>
    </message>
    <message>
        <source>Include the full imported text (all positions refer to it).</source>
        <translation>Включить в отчёт полный импортированный текст (все позиции отсчитываются в нём).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The policy to open.</source>
        <translation>Файл политики, который нужно открыть.</translation>
    </message>
    <message>
        <source>Use this interface language for this session: en or ru.</source>
        <translation>Язык интерфейса на время этого сеанса: en или ru.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Write and compare privacy policies, and keep their English and Russian texts in sync.</source>
        <translation>Составление и сравнение политик конфиденциальности, синхронизация их английского и русского текстов.</translation>
    </message>
</context>
<context>
    <name>cw::gui::LintModel</name>
    <message>
        <source>Placeholder</source>
        <translation>Незаполненное поле</translation>
    </message>
    <message>
        <source>Missing contact</source>
        <translation>Не указаны контакты</translation>
    </message>
    <message>
        <source>Missing date</source>
        <translation>Не указана дата</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Mixed alphabets</source>
        <translation>Смешение алфавитов</translation>
    </message>
    <message>
        <source>Garbled characters</source>
        <translation>Искажённые символы</translation>
    </message>
</context>
<context>
    <name>cw::gui::MainWindow</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Язык не определён</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a privacy policy (Markdown, plain text, HTML)</source>
        <translation>Открыть политику конфиденциальности (Markdown, обычный текст, HTML)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Следующая панель</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Предыдущая панель</translation>
    </message>
    <message>
        <source>&amp;About Clausewright</source>
        <translation>О &amp;программе Clausewright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;О Qt</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Open a policy with File &gt; Open (%1) or drop a file here.</source>
        <translation>Откройте политику командой «Файл &gt; Открыть» (%1) или перетащите файл сюда.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Encoding the file was read in</source>
        <translation>Кодировка, в которой прочитан файл</translation>
    </message>
    <message>
        <source>Language of the policy</source>
        <translation>Язык политики</translation>
    </message>
    <message>
        <source>Sections in the outline</source>
        <translation>Количество разделов в структуре</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n раздел</numerusform>
            <numerusform>%n раздела</numerusform>
            <numerusform>%n разделов</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие файла %1…</translation>
    </message>
    <message>
        <source>Cannot Open Policy</source>
        <translation>Не удалось открыть политику</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Файлы политик (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>Открытие политики</translation>
    </message>
    <message>
        <source>About Clausewright</source>
        <translation>О программе Clausewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clausewright %1&lt;/h3&gt;&lt;p&gt;Write and compare privacy policies, and keep their English and Russian texts in sync.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clausewright %1&lt;/h3&gt;&lt;p&gt;Составление и сравнение политик конфиденциальности, синхронизация их английского и русского текстов.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cw::gui::OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1
Lines %2–%3</source>
        <translation>%1
Строки %2–%3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
</context>
<context>
    <name>cw::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The change applies at once, without a restart.</source>
        <translation>Изменение вступает в силу сразу, перезапуск не требуется.</translation>
    </message>
</context>
</TS>
