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
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Изменения в %2 по сравнению с %1</translation>
    </message>
    <message>
        <source>Not a readable zip package: %1</source>
        <translation>Не удаётся прочитать zip-архив: %1</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>ошибка zip %1</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 больше 64 МиБ</translation>
    </message>
    <message>
        <source>cannot open %1 (zip error %2)</source>
        <translation>не удаётся открыть %1 (ошибка zip %2)</translation>
    </message>
    <message>
        <source>%1 is damaged (zip error %2)</source>
        <translation>%1 повреждён (ошибка zip %2)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>section status</comment>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>section status</comment>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>section status</comment>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>section status</comment>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Moved</source>
        <comment>section status</comment>
        <translation>Перемещён</translation>
    </message>
    <message>
        <source>Comparison of versions</source>
        <translation>Сравнение редакций</translation>
    </message>
    <message>
        <source>Old version:</source>
        <translation>Прежняя редакция:</translation>
    </message>
    <message>
        <source>New version:</source>
        <translation>Новая редакция:</translation>
    </message>
    <message>
        <source>Made with Clausewright.</source>
        <translation>Подготовлено в Clausewright.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>No differences: the two versions have the same text.</source>
        <translation>Различий нет: тексты редакций совпадают.</translation>
    </message>
    <message>
        <source>words inserted</source>
        <translation>слов вставлено</translation>
    </message>
    <message>
        <source>words deleted</source>
        <translation>слов удалено</translation>
    </message>
    <message>
        <source>words moved</source>
        <translation>слов перемещено</translation>
    </message>
    <message>
        <source>words unchanged</source>
        <translation>слов без изменений</translation>
    </message>
    <message>
        <source>sections changed</source>
        <translation>разделов изменено</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Обозначения:</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Вставлено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation>Перемещено сюда</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Перемещено отсюда</translation>
    </message>
    <message>
        <source>(a numbered mark links the two places of a move)</source>
        <translation>(номер у перемещённого текста — ссылка на другое его место)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Moved text (%1): go to its new place</source>
        <translation>Перемещённый текст (%1): перейти к новому месту</translation>
    </message>
    <message>
        <source>Moved text (%1): go to where it was</source>
        <translation>Перемещённый текст (%1): перейти к прежнему месту</translation>
    </message>
    <message>
        <source>The comparison was cancelled</source>
        <translation>Сравнение прервано</translation>
    </message>
    <message>
        <source>The edit script does not fit the two texts</source>
        <translation>Список правок не соответствует двум текстам</translation>
    </message>
    <message>
        <source>The policy files.</source>
        <translation>Файлы политик.</translation>
    </message>
    <message>
        <source>%1 takes exactly %2 files</source>
        <translation>Команде %1 нужно указать ровно %2 файла</translation>
    </message>
    <message>
        <source>Unknown --ignore value “%1”: use case, whitespace, quotes, yo, numbering, markup.</source>
        <translation>Неизвестное значение --ignore «%1»: допустимы case, whitespace, quotes, yo, numbering, markup.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 words inserted, %4 deleted, %5 moved; %6 sections changed</source>
        <translation>%1 → %2: вставлено слов — %3, удалено — %4, перемещено — %5; изменено разделов — %6</translation>
    </message>
    <message>
        <source>Compare by word, char or sentence.</source>
        <translation>Единица сравнения: word (слово), char (символ) или sentence (предложение).</translation>
    </message>
    <message>
        <source>Differences to ignore, comma-separated: case, whitespace, quotes, yo, numbering, markup.</source>
        <translation>Какие различия не учитывать (через запятую): case, whitespace, quotes, yo, numbering, markup.</translation>
    </message>
    <message>
        <source>Show moved text as deleted and inserted.</source>
        <translation>Показывать перемещённый текст как удалённый и вставленный.</translation>
    </message>
    <message>
        <source>Unknown granularity “%1”: use word, char or sentence.</source>
        <translation>Неизвестная единица сравнения «%1»: допустимы word, char, sentence.</translation>
    </message>
    <message>
        <source>For --format html: side-by-side (default) or inline.</source>
        <translation>Для --format html: side-by-side (две колонки, по умолчанию) или inline (единый текст).</translation>
    </message>
    <message>
        <source>--format docx needs -o FILE.docx</source>
        <translation>Для --format docx укажите -o ФАЙЛ.docx</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>(до первого раздела)</translation>
    </message>
    <message>
        <source>The cue “%1” is malformed</source>
        <translation>Признак «%1» записан с ошибкой</translation>
    </message>
    <message>
        <source>%1: not a valid JSON object (%2 at byte %3)</source>
        <translation>%1: это не корректный объект JSON (%2, байт %3)</translation>
    </message>
    <message>
        <source>topic “%1” has more than %2 heading or sentence cues</source>
        <translation>у темы «%1» больше %2 признаков для заголовков или предложений</translation>
    </message>
    <message>
        <source>more than %1 sentence kinds</source>
        <translation>видов предложений больше %1</translation>
    </message>
    <message>
        <source>%1: unknown topic “%2”</source>
        <translation>%1: неизвестная тема «%2»</translation>
    </message>
    <message>
        <source>The requirements to check: gdpr, ru152, ccpa or all.</source>
        <translation>Проверяемые требования: gdpr, ru152, ccpa или all.</translation>
    </message>
    <message>
        <source>A JSON file of extra topic cues (the shape of resources/data/coverage/cues.json).</source>
        <translation>JSON-файл с дополнительными признаками тем (в формате resources/data/coverage/cues.json).</translation>
    </message>
    <message>
        <source>Exit with status 1 when requirements have these statuses (missing, partial).</source>
        <translation>Завершить работу с кодом 1, если есть требования с этими статусами (missing, partial).</translation>
    </message>
    <message>
        <source>Unknown profile “%1”: use gdpr, ru152, ccpa or all.</source>
        <translation>Неизвестный профиль «%1»: допустимы gdpr, ru152, ccpa или all.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>The draft policy.</source>
        <translation>Черновик политики.</translation>
    </message>
    <message>
        <source>Reference policies, or folders of them.</source>
        <translation>Образцы политик или папки с ними.</translation>
    </message>
    <message>
        <source>Exit with status 1 when the draft misses a topic the references cover (missing).</source>
        <translation>Завершить работу с кодом 1, если в черновике нет темы, которая есть в образцах (missing).</translation>
    </message>
    <message>
        <source>gaps takes a draft and at least one reference</source>
        <translation>для gaps нужны черновик и хотя бы один образец</translation>
    </message>
    <message>
        <source>%1: no policy files in this folder</source>
        <translation>%1: в папке нет файлов политик</translation>
    </message>
    <message>
        <source>Topics the references cover and the draft does not</source>
        <translation>Темы, которые есть в образцах, но нет в черновике</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reference sections with no counterpart in the draft</source>
        <translation>Разделы образцов, которым нет соответствия в черновике</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (in %n reference(s))</source>
        <translation>
            <numerusform>%1 — %2 (в %n образце)</numerusform>
            <numerusform>%1 — %2 (в %n образцах)</numerusform>
            <numerusform>%1 — %2 (в %n образцах)</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics × documents</source>
        <translation>Темы × документы</translation>
    </message>
    <message>
        <source>%1: clause “%2” has no %3 text</source>
        <translation>%1: у положения «%2» нет текста на языке %3</translation>
    </message>
    <message>
        <source>%1: clause “%2”: %3</source>
        <translation>%1: положение «%2»: %3</translation>
    </message>
    <message>
        <source>“%1” answers no question of this template</source>
        <translation>«%1»: в этом шаблоне нет такого вопроса</translation>
    </message>
    <message>
        <source>%1:%2: no clause “%3” in the library</source>
        <translation>%1:%2: в библиотеке нет положения «%3»</translation>
    </message>
    <message>
        <source>“{{” is not closed by “}}”</source>
        <translation>после «{{» нет закрывающих «}}»</translation>
    </message>
    <message>
        <source>“{{%1}}”: plural takes a name and two forms (one, other) or three (год года лет)</source>
        <translation>«{{%1}}»: для plural нужны имя и две формы (one, other) или три (год года лет)</translation>
    </message>
    <message>
        <source>“{{%1}}” is not a variable, #if, else, /if, #each or /each</source>
        <translation>«{{%1}}» — не переменная и не #if, else, /if, #each или /each</translation>
    </message>
    <message>
        <source>“{{%1}}” needs a condition or a list name</source>
        <translation>«{{%1}}»: нужно указать условие или имя списка</translation>
    </message>
    <message>
        <source>“{{#each}}” takes the name of a list, not “%1”</source>
        <translation>в «{{#each}}» указывается имя списка, а не «%1»</translation>
    </message>
    <message>
        <source>“{{else}}” outside an “{{#if}}”</source>
        <translation>«{{else}}» вне «{{#if}}»</translation>
    </message>
    <message>
        <source>“{{/if}}” without its “{{#if}}”</source>
        <translation>«{{/if}}» без парного «{{#if}}»</translation>
    </message>
    <message>
        <source>“{{/each}}” without its “{{#each}}”</source>
        <translation>«{{/each}}» без парного «{{#each}}»</translation>
    </message>
    <message>
        <source>“{{#if}}” is not closed by “{{/if}}”</source>
        <translation>«{{#if}}» не закрыт: нет «{{/if}}»</translation>
    </message>
    <message>
        <source>“{{#each}}” is not closed by “{{/each}}”</source>
        <translation>«{{#each}}» не закрыт: нет «{{/each}}»</translation>
    </message>
    <message>
        <source>“variables” must map each name to its type</source>
        <translation>в «variables» для каждого имени должен быть указан тип</translation>
    </message>
    <message>
        <source>variable “%1”: unknown type “%2” (string, email, url, integer, date, bool, choice or list)</source>
        <translation>переменная «%1»: неизвестный тип «%2» (string, email, url, integer, date, bool, choice или list)</translation>
    </message>
    <message>
        <source>variable “%1”: only a list has fields, given as field: type</source>
        <translation>переменная «%1»: поля бывают только у списка и задаются в виде «поле: тип»</translation>
    </message>
    <message>
        <source>field “%1” of “%2”: unknown type “%3”</source>
        <translation>поле «%1» переменной «%2»: неизвестный тип «%3»</translation>
    </message>
    <message>
        <source>variable “%1” is declared twice</source>
        <translation>переменная «%1» объявлена дважды</translation>
    </message>
    <message>
        <source>a clause file starts with front matter: a line “---”, the fields, another “---”</source>
        <translation>файл положения начинается с заголовка: строка «---», поля, ещё одна строка «---»</translation>
    </message>
    <message>
        <source>the front matter is not closed by a line “---”</source>
        <translation>заголовок не закрыт строкой «---»</translation>
    </message>
    <message>
        <source>front matter: %1</source>
        <translation>заголовок: %1</translation>
    </message>
    <message>
        <source>the front matter must be a set of “key: value” fields</source>
        <translation>заголовок должен состоять из полей вида «ключ: значение»</translation>
    </message>
    <message>
        <source>“edition” must be a whole number from 1</source>
        <translation>значение «edition» должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>the clause has no “id”</source>
        <translation>у положения нет поля «id»</translation>
    </message>
    <message>
        <source>“%1” is not a clause id: lower-case letters, digits, “-” and “.”</source>
        <translation>«%1» не годится как идентификатор положения: допустимы строчные латинские буквы, цифры, «-» и «.»</translation>
    </message>
    <message>
        <source>the clause has no “topic”</source>
        <translation>у положения нет поля «topic»</translation>
    </message>
    <message>
        <source>the clause has no “edition”</source>
        <translation>у положения нет поля «edition»</translation>
    </message>
    <message>
        <source>text outside a “::: en” or “::: ru” block</source>
        <translation>текст вне блока «::: en» или «::: ru»</translation>
    </message>
    <message>
        <source>unknown body language “%1” (en or ru)</source>
        <translation>неизвестный язык текста «%1» (en или ru)</translation>
    </message>
    <message>
        <source>the “::: %1” block is not closed by a line “:::”</source>
        <translation>блок «::: %1» не закрыт строкой «:::»</translation>
    </message>
    <message>
        <source>a second “::: %1” block</source>
        <translation>повторный блок «::: %1»</translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation>не ожидалось «%1»</translation>
    </message>
    <message>
        <source>condition “%1”: %2 at character %3</source>
        <translation>условие «%1»: %2 (позиция %3)</translation>
    </message>
    <message>
        <source>“in” needs the name of a list after it</source>
        <translation>после «in» нужно указать имя списка</translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation>условие оборвано</translation>
    </message>
    <message>
        <source>“)” expected</source>
        <translation>ожидается «)»</translation>
    </message>
    <message>
        <source>a quoted value is not closed</source>
        <translation>не закрыта кавычка в значении</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ошибка чтения: %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <source>clause id “%1” is also used by %2</source>
        <translation>идентификатор положения «%1» используется и в %2</translation>
    </message>
    <message>
        <source>clause “%1” replaces the one in %2</source>
        <translation>положение «%1» заменяет положение из %2</translation>
    </message>
    <message>
        <source>template id “%1” is also used by %2</source>
        <translation>идентификатор шаблона «%1» используется и в %2</translation>
    </message>
    <message>
        <source>template “%1” replaces the one in %2</source>
        <translation>шаблон «%1» заменяет шаблон из %2</translation>
    </message>
    <message>
        <source>“%1” is not an integer: plural needs a number</source>
        <translation>«%1» — не целое число, а для plural нужно число</translation>
    </message>
    <message>
        <source>“%1” is yes/no: test it with {{#if %1}} rather than print it</source>
        <translation>«%1» — ответ «да/нет»: его проверяют через {{#if %1}}, а не выводят в текст</translation>
    </message>
    <message>
        <source>unknown topic “%1” (TAXONOMY.md)</source>
        <translation>неизвестная тема «%1» (см. TAXONOMY.md)</translation>
    </message>
    <message>
        <source>the id “%1” should start with its topic, “%2.”</source>
        <translation>идентификатор «%1» должен начинаться с темы: «%2.»</translation>
    </message>
    <message>
        <source>no “jurisdictions” (gdpr, ru152, ccpa)</source>
        <translation>не указаны юрисдикции «jurisdictions» (gdpr, ru152, ccpa)</translation>
    </message>
    <message>
        <source>unknown jurisdiction “%1” (gdpr, ru152 or ccpa)</source>
        <translation>неизвестная юрисдикция «%1» (gdpr, ru152 или ccpa)</translation>
    </message>
    <message>
        <source>“%1” is no requirement of the profiles</source>
        <translation>требования «%1» нет ни в одном профиле</translation>
    </message>
    <message>
        <source>no “::: %1” body</source>
        <translation>нет текста «::: %1»</translation>
    </message>
    <message>
        <source>“%1” is used but not declared in “variables”</source>
        <translation>переменная «%1» используется, но не объявлена в «variables»</translation>
    </message>
    <message>
        <source>variable “%1” is declared but not used</source>
        <translation>переменная «%1» объявлена, но не используется</translation>
    </message>
    <message>
        <source>the condition names “%1”, which template “%2” does not ask</source>
        <translation>в условии упомянуто имя «%1», но в шаблоне «%2» нет такого вопроса</translation>
    </message>
    <message>
        <source>variable “%1” is no question of template “%2”</source>
        <translation>переменной «%1» нет среди вопросов шаблона «%2»</translation>
    </message>
    <message>
        <source>variable “%1” is a %2 here but a %3 in template “%4”</source>
        <translation>переменная «%1» здесь имеет тип %2, а в шаблоне «%4» — %3</translation>
    </message>
    <message>
        <source>the fields of “%1” differ from those of the question in template “%2”</source>
        <translation>поля «%1» не совпадают с полями этого вопроса в шаблоне «%2»</translation>
    </message>
    <message>
        <source>unknown profile “%1” (gdpr, ru152, ccpa or all)</source>
        <translation>неизвестный профиль «%1» (gdpr, ru152, ccpa или all)</translation>
    </message>
    <message>
        <source>the template must ask “effective_date” (a date)</source>
        <translation>в шаблоне должен быть вопрос «effective_date» (дата)</translation>
    </message>
    <message>
        <source>question “%1” depends on “%2”, which is not asked</source>
        <translation>вопрос «%1» зависит от «%2», но такого вопроса в шаблоне нет</translation>
    </message>
    <message>
        <source>the section&apos;s condition names “%1”, which is not asked</source>
        <translation>в условии раздела упомянуто имя «%1», но такого вопроса в шаблоне нет</translation>
    </message>
    <message>
        <source>the section “%1” pulls no clause</source>
        <translation>в раздел «%1» не включено ни одного положения</translation>
    </message>
    <message>
        <source>no clause “%1” in the library</source>
        <translation>в библиотеке нет положения «%1»</translation>
    </message>
    <message>
        <source>no clause of the template satisfies %1 (%2)</source>
        <translation>ни одно положение шаблона не отвечает требованию %1 (%2)</translation>
    </message>
    <message>
        <source>no sample answers (%1.answers.json beside the template)</source>
        <translation>нет примера ответов (файла %1.answers.json рядом с шаблоном)</translation>
    </message>
    <message>
        <source>does not assemble in %1: %2</source>
        <translation>сборка на языке %1 не удалась: %2</translation>
    </message>
    <message>
        <source>a question is a set of fields (id, type, prompt…)</source>
        <translation>вопрос должен состоять из полей (id, type, prompt…)</translation>
    </message>
    <message>
        <source>a question without an “id”</source>
        <translation>вопрос без поля «id»</translation>
    </message>
    <message>
        <source>question “%1”: unknown type “%2”</source>
        <translation>вопрос «%1»: неизвестный тип «%2»</translation>
    </message>
    <message>
        <source>question “%1”: a choice needs “choices”</source>
        <translation>вопрос «%1»: для типа choice нужно поле «choices»</translation>
    </message>
    <message>
        <source>field “%1” of “%2”: unknown type</source>
        <translation>поле «%1» вопроса «%2»: неизвестный тип</translation>
    </message>
    <message>
        <source>a template is a set of “key: value” fields (id, profile, title, questions, sections)</source>
        <translation>шаблон должен состоять из полей вида «ключ: значение» (id, profile, title, questions, sections)</translation>
    </message>
    <message>
        <source>unknown field “%1” (id, profile, title, questions, sections)</source>
        <translation>неизвестное поле «%1» (id, profile, title, questions, sections)</translation>
    </message>
    <message>
        <source>the template has no “id”</source>
        <translation>у шаблона нет поля «id»</translation>
    </message>
    <message>
        <source>no question “%1” in the shared questionnaire (policies/questions.yaml)</source>
        <translation>в общей анкете (policies/questions.yaml) нет вопроса «%1»</translation>
    </message>
    <message>
        <source>question “%1” is asked twice</source>
        <translation>вопрос «%1» задан в шаблоне дважды</translation>
    </message>
    <message>
        <source>a section is a set of fields (heading, clauses, when)</source>
        <translation>раздел должен состоять из полей (heading, clauses, when)</translation>
    </message>
    <message>
        <source>a section needs a heading in English and in Russian</source>
        <translation>у раздела должен быть заголовок на английском и на русском</translation>
    </message>
    <message>
        <source>the template has no “sections”</source>
        <translation>у шаблона нет поля «sections»</translation>
    </message>
    <message>
        <source>the shared questionnaire is “questions:” followed by a list of questions</source>
        <translation>общая анкета должна начинаться с «questions:», за которым следует список вопросов</translation>
    </message>
    <message>
        <source>question “%1” is defined twice</source>
        <translation>вопрос «%1» описан дважды</translation>
    </message>
    <message>
        <source>%1: not a JSON object of answers: %2</source>
        <translation>%1: это не объект JSON с ответами: %2</translation>
    </message>
    <message>
        <source>one text is expected, not one per language</source>
        <translation>ожидается один текст, а не отдельный текст для каждого языка</translation>
    </message>
    <message>
        <source>the %1 text is missing</source>
        <translation>нет текста на языке %1</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>an e-mail address is expected</source>
        <translation>ожидается адрес электронной почты</translation>
    </message>
    <message>
        <source>a web address (https://…) is expected</source>
        <translation>ожидается веб-адрес (https://…)</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is expected</source>
        <translation>ожидается дата в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>question “%1”: %2</source>
        <translation>вопрос «%1»: %2</translation>
    </message>
    <message>
        <source>question “%1” (%2): %3</source>
        <translation>вопрос «%1» (%2): %3</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices</source>
        <translation>«%1» нет среди вариантов ответа</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>ожидается список</translation>
    </message>
    <message>
        <source>item %1: “%2” is not one of the choices</source>
        <translation>элемент %1: «%2» нет среди вариантов ответа</translation>
    </message>
    <message>
        <source>item %1, “%2”: %3</source>
        <translation>элемент %1, поле «%2»: %3</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>элемент %1: %2</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 — вне диапазона %2–%3</translation>
    </message>
    <message>
        <source>A folder of clauses and templates loaded after the shipped library (may be repeated; later folders replace clauses and templates of earlier ones with the same id).</source>
        <translation>Папка с положениями и шаблонами, загружаемая после встроенной библиотеки (можно указать несколько раз; положения и шаблоны из более поздних папок заменяют одноимённые из предыдущих).</translation>
    </message>
    <message>
        <source>No clause “%1” in the library (clausewright-cli library list shows them).</source>
        <translation>В библиотеке нет положения «%1» (список положений выводит команда clausewright-cli library list).</translation>
    </message>
    <message>
        <source>satisfies: %1</source>
        <translation>satisfies: %1</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>when: %1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>notes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n шаблон</numerusform>
            <numerusform>%n шаблона</numerusform>
            <numerusform>%n шаблонов</numerusform>
        </translation>
    </message>
    <message>
        <source>check: exit with status 1 when it finds errors (error).</source>
        <translation>Для check: завершить работу с кодом 1, если найдены ошибки (error).</translation>
    </message>
    <message>
        <source>library writes text or json.</source>
        <translation>Команда library выводит только text или json.</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: это не папка</translation>
    </message>
    <message>
        <source>The questionnaire&apos;s answers (JSON).</source>
        <translation>Ответы на анкету (JSON).</translation>
    </message>
    <message>
        <source>en, ru or both (both: OUT is a project file beside its .en.md and .ru.md).</source>
        <translation>en, ru или both (при both OUT — файл проекта, рядом с которым записываются .en.md и .ru.md).</translation>
    </message>
    <message>
        <source>The policy file to write (default: standard output).</source>
        <translation>Файл, в который записать политику (по умолчанию — стандартный вывод).</translation>
    </message>
    <message>
        <source>A template id (library templates lists them) or a template file.</source>
        <translation>Идентификатор шаблона (их список выводит library templates) или файл шаблона.</translation>
    </message>
    <message>
        <source>Usage: clausewright-cli assemble TEMPLATE --answers FILE.json [--lang en|ru|both] [-o OUT]</source>
        <translation>Использование: clausewright-cli assemble TEMPLATE --answers FILE.json [--lang en|ru|both] [-o OUT]</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, ru or both.</source>
        <translation>Неизвестный язык «%1»: укажите en, ru или both.</translation>
    </message>
    <message>
        <source>--lang both writes a project: give its file with -o NAME.cwproj.</source>
        <translation>При --lang both создаётся проект: укажите его файл в -o ИМЯ.cwproj.</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: ошибка чтения</translation>
    </message>
    <message>
        <source>No template “%1” (clausewright-cli library templates lists them).</source>
        <translation>Шаблона «%1» нет (список шаблонов выводит команда clausewright-cli library templates).</translation>
    </message>
    <message>
        <source>%1: some answers are missing or wrong:
  %2</source>
        <translation>%1: часть ответов отсутствует или заполнена неверно:
  %2</translation>
    </message>
    <message>
        <source>unknown field “%1” (id, topic, edition, jurisdictions, variables, when, satisfies, notes, history)</source>
        <translation>неизвестное поле «%1» (id, topic, edition, jurisdictions, variables, when, satisfies, notes, history)</translation>
    </message>
    <message>
        <source>item %1: a record with the fields %2 is expected</source>
        <translation>элемент %1: ожидается запись с полями %2</translation>
    </message>
    <message>
        <source>edition %1 (%2): %3</source>
        <translation>редакция %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: edition %2 in the text, %3 in the library</source>
        <translation>%1: в тексте редакция %2, в библиотеке — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) to update</source>
        <translation>
            <numerusform>Нужно обновить %n положение</numerusform>
            <numerusform>Нужно обновить %n положения</numerusform>
            <numerusform>Нужно обновить %n положений</numerusform>
        </translation>
    </message>
    <message>
        <source>updates: write the policy with the new editions (to -o FILE, or in place).</source>
        <translation>Для updates: записать политику с новыми редакциями положений (в -o ФАЙЛ или в исходный файл).</translation>
    </message>
    <message>
        <source>list, show ID, check [DIR], templates or updates POLICY.</source>
        <translation>list, show ID, check [DIR], templates или updates POLICY.</translation>
    </message>
    <message>
        <source>Usage: clausewright-cli library list|show ID|check [DIR]|templates|updates POLICY [--library DIR] [--format text|json]</source>
        <translation>Использование: clausewright-cli library list|show ID|check [DIR]|templates|updates POLICY [--library DIR] [--format text|json]</translation>
    </message>
    <message>
        <source>a history entry must be {edition: N, date: YYYY-MM-DD, note: what changed}</source>
        <translation>запись истории должна иметь вид {edition: N, date: YYYY-MM-DD, note: что изменилось}</translation>
    </message>
    <message>
        <source>%1 is below the minimum (%2)</source>
        <translation>%1 меньше допустимого минимума (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum (%2)</source>
        <translation>%1 больше допустимого максимума (%2)</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>в библиотеке: %1</translation>
    </message>
    <message>
        <source>updates: the answers file the policy was assembled from, or its project file.</source>
        <translation>updates: файл ответов, по которому собрана политика, или файл её проекта.</translation>
    </message>
    <message>
        <source>no answer for “%1”</source>
        <translation>нет ответа на вопрос «%1»</translation>
    </message>
    <message>
        <source>“%1” is a yes/no answer and cannot be printed; use {{#if %1}}</source>
        <translation>«%1» — ответ «да/нет», его нельзя вывести в текст; используйте {{#if %1}}</translation>
    </message>
    <message>
        <source>the answer for “%1” has no %2 text</source>
        <translation>в ответе на вопрос «%1» нет текста на языке %2</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» не является целым числом</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>«%1» не является списком</translation>
    </message>
    <message>
        <source>%1: not a Clausewright project: %2</source>
        <translation>%1: это не проект Clausewright: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Clausewright (project format %2; this version knows %3). It opens read-only so that nothing it holds is lost.</source>
        <translation>%1 сохранён более новой версией Clausewright (формат проекта %2, эта версия знает %3). Он открыт только для чтения, чтобы ничего из сохранённого в нём не потерялось.</translation>
    </message>
    <message>
        <source>%1: no file for the language “%2”</source>
        <translation>%1: нет файла для языка «%2»</translation>
    </message>
    <message>
        <source>the project has no file for the language “%1”</source>
        <translation>в проекте нет файла для языка «%1»</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: не удаётся создать папку для восстановления</translation>
    </message>
    <message>
        <source>No %1 spelling dictionary (%1.aff and %1.dic) in %2</source>
        <translation>Нет словаря для проверки орфографии %1 (%1.aff и %1.dic) в папках: %2</translation>
    </message>
    <message>
        <source>%1: not a glossary (%2)</source>
        <translation>%1: это не файл глоссария (%2)</translation>
    </message>
    <message>
        <source>%1: the term “%2” is malformed</source>
        <translation>%1: термин «%2» записан с ошибкой</translation>
    </message>
    <message>
        <source>parity/rules.json: twelve month names are needed in each language</source>
        <translation>parity/rules.json: для каждого языка нужны названия всех двенадцати месяцев</translation>
    </message>
    <message>
        <source>Numbers differ</source>
        <translation>Числа расходятся</translation>
    </message>
    <message>
        <source>Dates differ</source>
        <translation>Даты расходятся</translation>
    </message>
    <message>
        <source>E-mail addresses differ</source>
        <translation>Адреса электронной почты расходятся</translation>
    </message>
    <message>
        <source>Links differ</source>
        <translation>Ссылки расходятся</translation>
    </message>
    <message>
        <source>Phone numbers differ</source>
        <translation>Номера телефонов расходятся</translation>
    </message>
    <message>
        <source>only in English: %1</source>
        <translation>только в английском тексте: %1</translation>
    </message>
    <message>
        <source>only in Russian: %1</source>
        <translation>только в русском тексте: %1</translation>
    </message>
    <message>
        <source>“%1” is translated as “%2”, which the glossary rules out</source>
        <translation>«%1» переведено как «%2», а глоссарий такой перевод не допускает</translation>
    </message>
    <message>
        <source>“%1” has none of the glossary&apos;s translations (%2)</source>
        <translation>Для «%1» не использован ни один из вариантов перевода из глоссария (%2)</translation>
    </message>
    <message>
        <source>The section “%1” has no Russian counterpart</source>
        <translation>У раздела «%1» нет соответствия в русском тексте</translation>
    </message>
    <message>
        <source>The opening text has no Russian counterpart</source>
        <translation>У вводной части нет соответствия в русском тексте</translation>
    </message>
    <message>
        <source>The English section changed after its translation was last confirmed</source>
        <translation>Английский текст раздела изменился после последнего подтверждения перевода</translation>
    </message>
    <message>
        <source>The section “%1” stands elsewhere in the Russian text</source>
        <translation>В русском тексте раздел «%1» расположен в другом месте</translation>
    </message>
    <message>
        <source>This text has no Russian counterpart</source>
        <translation>У этого фрагмента нет соответствия в русском тексте</translation>
    </message>
    <message>
        <source>This Russian text has no English counterpart</source>
        <translation>У этого фрагмента русского текста нет соответствия в английском</translation>
    </message>
    <message>
        <source>The Russian text is %1 % of the length this pair&apos;s other sections lead one to expect</source>
        <translation>Длина русского текста — %1 % от ожидаемой по остальным разделам этой пары</translation>
    </message>
    <message>
        <source>This section of the Russian text is in English</source>
        <translation>Этот раздел в русском тексте остался на английском</translation>
    </message>
    <message>
        <source>The section “%1” has no English counterpart</source>
        <translation>У раздела «%1» нет соответствия в английском тексте</translation>
    </message>
    <message>
        <source>The opening text has no English counterpart</source>
        <translation>У вводной части нет соответствия в английском тексте</translation>
    </message>
    <message>
        <source>The English policy, or a project file (.cwproj) with both languages.</source>
        <translation>Политика на английском языке или файл проекта (.cwproj) с текстами на обоих языках.</translation>
    </message>
    <message>
        <source>The Russian policy.</source>
        <translation>Политика на русском языке.</translation>
    </message>
    <message>
        <source>A project file whose confirmed sections and intentional differences to use.</source>
        <translation>Файл проекта, из которого берутся подтверждённые разделы и намеренные расхождения.</translation>
    </message>
    <message>
        <source>A glossary file of extra terms (the shape of resources/data/parity/glossary.json).</source>
        <translation>Файл глоссария с дополнительными терминами (в формате resources/data/parity/glossary.json).</translation>
    </message>
    <message>
        <source>Exit with status 1 when findings of these kinds are found (comma-separated, or any).</source>
        <translation>Завершить работу с кодом 1, если найдены замечания указанных типов (несколько — через запятую; any — любые).</translation>
    </message>
    <message>
        <source>parity takes an English and a Russian file, or one project file</source>
        <translation>для parity нужны английский и русский файлы или один файл проекта</translation>
    </message>
    <message>
        <source>Unknown finding “%1”: use any, or some of %2.</source>
        <translation>Неизвестный тип замечания «%1»: укажите any или типы из списка: %2.</translation>
    </message>
    <message>
        <source>%1: the project does not have both English and Russian</source>
        <translation>%1: в проекте нет одновременно английского и русского текстов</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: не удаётся прочитать файл (%2)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n замечание.</numerusform>
            <numerusform>%n замечания.</numerusform>
            <numerusform>%n замечаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections: %1 confirmed, %2 stale, %3 never translated, %4 not yet confirmed.</source>
        <translation>Разделы: подтверждено — %1, устарело — %2, не переведено — %3, ещё не подтверждено — %4.</translation>
    </message>
    <message>
        <source>parity/rules.json: citationBefore is not a valid regular expression</source>
        <translation>parity/rules.json: citationBefore — недопустимое регулярное выражение</translation>
    </message>
    <message>
        <source>This passage of the Russian text is in English</source>
        <translation>Этот фрагмент русского текста остался на английском</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a value quoted in a finding</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Pair sections without the topics found in them (faster on very long texts).</source>
        <translation>Сопоставлять разделы без учёта найденных в них тем (быстрее на очень длинных текстах).</translation>
    </message>
    <message>
        <source>Cannot write the zip package (zip error %1).</source>
        <translation>Не удалось записать zip-архив (ошибка zip %1).</translation>
    </message>
    <message>
        <source>%1: the document is damaged: %2</source>
        <translation>%1: документ повреждён: %2</translation>
    </message>
    <message>
        <source>%1: the document has no text</source>
        <translation>%1: в документе нет текста</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tracked change(s) not yet accepted; read as if accepted.</source>
        <translation>
            <numerusform>%1: %n непринятое исправление; текст прочитан так, как если бы исправления были приняты.</numerusform>
            <numerusform>%1: %n непринятых исправления; текст прочитан так, как если бы исправления были приняты.</numerusform>
            <numerusform>%1: %n непринятых исправлений; текст прочитан так, как если бы исправления были приняты.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a zip package</source>
        <translation>файл не является zip-архивом</translation>
    </message>
    <message>
        <source>the package has no %1</source>
        <translation>в архиве нет %1</translation>
    </message>
    <message>
        <source>%1: not a Word document (.docx): %2</source>
        <translation>%1: это не документ Word (.docx): %2</translation>
    </message>
    <message>
        <source>%1: not an OpenDocument text (.odt): %2</source>
        <translation>%1: это не текстовый документ ODF (.odt): %2</translation>
    </message>
    <message>
        <source>%1: not a PDF file</source>
        <translation>%1: это не PDF-файл</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password</source>
        <translation>%1: PDF-файл защищён паролем</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged or not a PDF</source>
        <translation>%1: PDF-файл повреждён или не является PDF</translation>
    </message>
    <message>
        <source>%1: the PDF has no text layer (a scanned image?); recognise its text (OCR) first</source>
        <translation>%1: в PDF-файле нет текстового слоя (возможно, это скан); сначала распознайте текст (OCR)</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Политика конфиденциальности</translation>
    </message>
    <message>
        <source>The format to write: md, html, pdf, odt or docx (default: the suffix of -o).</source>
        <translation>Формат результата: md, html, pdf, odt или docx (по умолчанию — по расширению файла в -o).</translation>
    </message>
    <message>
        <source>The document title (default: the policy&apos;s own).</source>
        <translation>Заголовок документа (по умолчанию — заголовок самой политики).</translation>
    </message>
    <message>
        <source>Unknown export format “%1”: use --to md, html, pdf, odt or docx.</source>
        <translation>Неизвестный формат «%1»: укажите --to md, html, pdf, odt или docx.</translation>
    </message>
    <message>
        <source>--to %1 needs -o FILE.%1</source>
        <translation>Для --to %1 укажите -o ФАЙЛ.%1</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>Не удалось записать PDF-файл.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”: use md, html, pdf, odt or docx.</source>
        <translation>Неизвестный формат «%1»: допустимы md, html, pdf, odt и docx.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json, html (or docx or pdf for compare).</source>
        <translation>Неизвестный формат «%1»: допустимы text, json, html (для compare также docx и pdf).</translation>
    </message>
    <message>
        <source>Usage: clausewright-cli COMMAND [options] FILE...

Commands:
  outline FILE [--with-text]   the recovered structure of a policy
  lint FILE [--fail-on KINDS]  unfilled placeholders, mixed alphabets, garbled
                               characters, missing contacts and dates
  compare OLD NEW              what changed between two versions: sections matched,
                               words inserted, deleted and moved
          [--granularity word|char|sentence] [--no-moves]
          [--ignore case,whitespace,quotes,yo,numbering,markup]
          [--format text|json|html|docx|pdf] [--html-mode side-by-side|inline]
  coverage FILE                which topics a policy covers and which legal
                               requirements it meets, with the evidence
          [--profile gdpr|ru152|ccpa|all] [--cues FILE] [--fail-on missing,partial]
  gaps DRAFT REF...            the topics and sections the reference policies have
                               and the draft lacks (a folder means its policies)
          [--cues FILE] [--fail-on missing]
  library list|show ID|templates
                               the clause library and the policy templates
  library check [DIR]          validate clause files and templates (file:line errors)
          [--library DIR] [--fail-on error]
  library updates POLICY --answers FILE [--apply]
                               clauses with a newer edition in the library, and what
                               changed; --apply puts them in (in place, or -o FILE)
  assemble TEMPLATE --answers FILE.json [--lang en|ru|both] [-o OUT]
                               a policy from a template and the questionnaire&apos;s answers
  parity EN RU | parity PROJECT.cwproj
                               the English and Russian texts aligned, and where they
                               differ: missing text, numbers, dates, links, terms
          [--glossary FILE] [--project FILE] [--fail-on KINDS|any]
  export FILE --to md|html|pdf|odt|docx -o OUT
                               the policy written in another format (PDF with page
                               numbers, HTML and PDF with a table of contents)

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
  compare СТАРЫЙ НОВЫЙ         что изменилось между двумя редакциями: сопоставленные
                               разделы, вставленные, удалённые и перемещённые слова
          [--granularity word|char|sentence] [--no-moves]
          [--ignore case,whitespace,quotes,yo,numbering,markup]
          [--format text|json|html|docx|pdf] [--html-mode side-by-side|inline]
  coverage ФАЙЛ                какие темы раскрывает политика и каким требованиям
                               закона отвечает, с подтверждениями из текста
          [--profile gdpr|ru152|ccpa|all] [--cues ФАЙЛ] [--fail-on missing,partial]
  gaps ЧЕРНОВИК ОБРАЗЕЦ...     темы и разделы, которые есть в образцах политик,
                               но отсутствуют в черновике (папка — все политики в ней)
          [--cues ФАЙЛ] [--fail-on missing]
  library list|show ID|templates
                               библиотека положений и шаблоны политик
  library check [ПАПКА]        проверка файлов положений и шаблонов (ошибки с
                               указанием файла и строки)
          [--library ПАПКА] [--fail-on error]
  library updates ПОЛИТИКА --answers ФАЙЛ [--apply]
                               положения, у которых в библиотеке есть более новая
                               редакция, и что в них изменилось; --apply вносит их
                               (в тот же файл или в -o ФАЙЛ)
  assemble ШАБЛОН --answers ФАЙЛ.json [--lang en|ru|both] [-o ВЫХОД]
                               политика, собранная по шаблону из ответов на анкету
  parity EN RU | parity ПРОЕКТ.cwproj
                               английский и русский тексты, сопоставленные друг
                               с другом, и расхождения между ними: пропущенный
                               текст, числа, даты, ссылки, термины
          [--glossary ФАЙЛ] [--project ФАЙЛ] [--fail-on ТИПЫ|any]
  export ФАЙЛ --to md|html|pdf|odt|docx -o ВЫХОД
                               политика в другом формате (PDF с номерами страниц,
                               HTML и PDF с оглавлением)

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
        <source>--format docx and --format pdf are for compare (a redline); export writes a policy as DOCX or PDF.</source>
        <translation>Форматы docx и pdf доступны только для compare (сравнение редакций); политику в DOCX или PDF сохраняет команда export.</translation>
    </message>
    <message>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation>Для --format pdf укажите -o ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>The definitions title “%1” is not a valid regular expression: %2</source>
        <translation>Шаблон заголовка раздела определений «%1» не является допустимым регулярным выражением: %2</translation>
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
    <message>
        <source>Compare two versions of a policy: --compare OLD NEW.</source>
        <translation>Сравнить две версии политики: --compare СТАРАЯ НОВАЯ.</translation>
    </message>
    <message>
        <source>--compare needs two files: OLD NEW.</source>
        <translation>Для --compare нужны два файла: СТАРАЯ НОВАЯ.</translation>
    </message>
    <message>
        <source>Find what reference policies cover and a draft lacks: --gaps DRAFT REF... (a folder stands for the policies in it).</source>
        <translation>Найти то, что есть в образцах политик и чего нет в черновике: --gaps ЧЕРНОВИК ОБРАЗЕЦ... (папка означает все политики в ней).</translation>
    </message>
    <message>
        <source>--gaps needs a draft and at least one reference: DRAFT REF...</source>
        <translation>Для --gaps нужны черновик и хотя бы один образец: ЧЕРНОВИК ОБРАЗЕЦ...</translation>
    </message>
    <message>
        <source>With --new-policy: start from the answers in this file (JSON).</source>
        <translation>Для --new-policy: взять начальные ответы из этого файла (JSON).</translation>
    </message>
    <message>
        <source>%1: not a JSON file of answers.</source>
        <translation>%1: это не JSON-файл с ответами.</translation>
    </message>
    <message>
        <source>Open the New Policy wizard at startup.</source>
        <translation>Открыть мастер создания политики при запуске.</translation>
    </message>
    <message>
        <source>Open a project (.cwproj) or a policy in the editor.</source>
        <translation>Открыть проект (.cwproj) или политику в редакторе.</translation>
    </message>
</context>
<context>
    <name>PolicyFiles</name>
    <message>
        <source>Policies (%1)</source>
        <translation>Файлы политик (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текстовый документ ODF (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Веб-страница HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Policy</source>
        <translation>Экспорт политики</translation>
    </message>
    <message>
        <source>Cannot Export Policy</source>
        <translation>Не удалось экспортировать политику</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: ошибка записи: %2</translation>
    </message>
</context>
<context>
    <name>cw::gui::CompareFilesDialog</name>
    <message>
        <source>Compare Policies</source>
        <translation>Сравнение политик</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation>Старая версия</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>&amp;Old version:</source>
        <translation>&amp;Старая версия:</translation>
    </message>
    <message>
        <source>&amp;New version:</source>
        <translation>&amp;Новая версия:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>С&amp;равнить</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Поменять местами</translation>
    </message>
    <message>
        <source>Exchange the old and the new version</source>
        <translation>Поменять местами старую и новую версии</translation>
    </message>
</context>
<context>
    <name>cw::gui::CompareModel</name>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Old version</source>
        <translation>Старая версия</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Было: %1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Стало: %1</translation>
    </message>
</context>
<context>
    <name>cw::gui::CompareView</name>
    <message>
        <source>Moved text: click to see where it stands in the new version</source>
        <translation>Перемещённый текст: щёлкните, чтобы увидеть, где он стоит в новой версии</translation>
    </message>
    <message>
        <source>Moved text: click to see where it stood in the old version</source>
        <translation>Перемещённый текст: щёлкните, чтобы увидеть, где он стоял в старой версии</translation>
    </message>
</context>
<context>
    <name>cw::gui::CompareWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнение</translation>
    </message>
    <message>
        <source>Compare &amp;By</source>
        <translation>Сравнивать &amp;по</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Не учитывать</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Следующее изменение</translation>
    </message>
    <message>
        <source>Next change (%1)</source>
        <translation>Следующее изменение (%1)</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <source>Previous change (%1)</source>
        <translation>Предыдущее изменение (%1)</translation>
    </message>
    <message>
        <source>&amp;Go to Other End of Move</source>
        <translation>Перейти к &amp;другому месту перемещённого текста</translation>
    </message>
    <message>
        <source>Show where the moved text in the current row came from or went to</source>
        <translation>Показать, откуда пришёл или куда ушёл перемещённый текст текущей строки</translation>
    </message>
    <message>
        <source>&amp;Changed Sections Only</source>
        <translation>Только &amp;изменённые разделы</translation>
    </message>
    <message>
        <source>Hide the sections in which nothing changed (%1)</source>
        <translation>Скрыть разделы, в которых ничего не изменилось (%1)</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>Поменять &amp;стороны местами</translation>
    </message>
    <message>
        <source>Compare the other way round: the new version becomes the old one</source>
        <translation>Сравнить в обратную сторону: новая версия станет старой</translation>
    </message>
    <message>
        <source>&amp;Copy Row Text</source>
        <translation>&amp;Копировать текст строки</translation>
    </message>
    <message>
        <source>&amp;Export Redline…</source>
        <translation>&amp;Экспорт правок…</translation>
    </message>
    <message>
        <source>Save the comparison as an HTML page or a Word document with tracked changes</source>
        <translation>Сохранить сравнение как HTML-страницу или как документ Word с записанными исправлениями</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Сравнить &amp;заново</translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation>&amp;Остановить сравнение</translation>
    </message>
    <message>
        <source>Detect &amp;Moved Text</source>
        <translation>Находить &amp;перемещённый текст</translation>
    </message>
    <message>
        <source>Show text that moved as moved, not as deleted and inserted again</source>
        <translation>Показывать перемещённый текст как перемещённый, а не как удалённый и вставленный заново</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>&amp;Разделы</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;словам</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>с&amp;имволам</translation>
    </message>
    <message>
        <source>&amp;Sentences</source>
        <translation>&amp;предложениям</translation>
    </message>
    <message>
        <source>Compare word by word, character by character or sentence by sentence</source>
        <translation>Сравнивать по словам, по символам или по предложениям</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Не учитывать &amp;регистр</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace</source>
        <translation>Не учитывать п&amp;робелы</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>Не учитывать вид &amp;кавычек</translation>
    </message>
    <message>
        <source>Treat Ё as &amp;Е</source>
        <translation>Не различать ё и &amp;е</translation>
    </message>
    <message>
        <source>Ignore &amp;Numbering</source>
        <translation>Не учитывать &amp;нумерацию</translation>
    </message>
    <message>
        <source>Ignore &amp;Markup</source>
        <translation>Не учитывать раз&amp;метку</translation>
    </message>
    <message>
        <source>%1 → %2 — Compare</source>
        <translation>%1 → %2 — Сравнение</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не учитывать</translation>
    </message>
    <message>
        <source>Ignore (%1)</source>
        <translation>Не учитывать (%1)</translation>
    </message>
    <message>
        <source>Differences to ignore: case, whitespace, quote style, ё/е, numbering, markup</source>
        <translation>Какие различия не учитывать: регистр, пробелы, вид кавычек, ё/е, нумерацию, разметку</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) inserted</source>
        <translation>
            <numerusform>Вставлено %n слово</numerusform>
            <numerusform>Вставлено %n слова</numerusform>
            <numerusform>Вставлено %n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) deleted</source>
        <translation>
            <numerusform>Удалено %n слово</numerusform>
            <numerusform>Удалено %n слова</numerusform>
            <numerusform>Удалено %n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) moved</source>
        <translation>
            <numerusform>Перемещено %n слово</numerusform>
            <numerusform>Перемещено %n слова</numerusform>
            <numerusform>Перемещено %n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) changed</source>
        <translation>
            <numerusform>Изменён %n раздел</numerusform>
            <numerusform>Изменено %n раздела</numerusform>
            <numerusform>Изменено %n разделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) unchanged</source>
        <translation>
            <numerusform>%n слово без изменений</numerusform>
            <numerusform>%n слова без изменений</numerusform>
            <numerusform>%n слов без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Inserted text is underlined on a green ground</source>
        <translation>Вставленный текст подчёркнут и выделен зелёным</translation>
    </message>
    <message>
        <source>Deleted text is struck through on a red ground</source>
        <translation>Удалённый текст зачёркнут и выделен красным</translation>
    </message>
    <message>
        <source>Moved text is violet and marked ⇄; click it to see its other place</source>
        <translation>Перемещённый текст выделен фиолетовым и отмечен знаком ⇄; щёлкните по нему, чтобы увидеть его другое место</translation>
    </message>
    <message>
        <source>Comparing again…</source>
        <translation>Повторное сравнение…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Comparison stopped</source>
        <translation>Сравнение остановлено</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Не удалось сравнить</translation>
    </message>
    <message>
        <source>No more changes below</source>
        <translation>Ниже изменений нет</translation>
    </message>
    <message>
        <source>No more changes above</source>
        <translation>Выше изменений нет</translation>
    </message>
    <message>
        <source>No moved text in this row</source>
        <translation>В этой строке нет перемещённого текста</translation>
    </message>
    <message>
        <source>HTML page, side by side (*.html)</source>
        <translation>HTML-страница, две колонки (*.html)</translation>
    </message>
    <message>
        <source>HTML page, changes inline (*.html)</source>
        <translation>HTML-страница, правки в тексте (*.html)</translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation>Документ Word с исправлениями (*.docx)</translation>
    </message>
    <message>
        <source>Export Redline</source>
        <translation>Экспорт правок</translation>
    </message>
    <message>
        <source>Cannot Export Redline</source>
        <translation>Не удалось экспортировать правки</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation (en, ru), written into exported pages.</extracomment>
        <translation>ru</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать файл: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Compare by Words</source>
        <translation>Сравнение по словам</translation>
    </message>
    <message>
        <source>Compare by Characters</source>
        <translation>Сравнение по символам</translation>
    </message>
    <message>
        <source>Compare by Sentences</source>
        <translation>Сравнение по предложениям</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Changed Only</source>
        <translation>Только изменённые</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Поменять местами</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Перемещения</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>PDF, changes inline (*.pdf)</source>
        <translation>PDF, изменения в тексте (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cw::gui::CoverageModel</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation (en, ru): topic and requirement names are shown in it.</extracomment>
        <translation>ru</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Условное</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>Заголовок: %1</translation>
    </message>
    <message>
        <source>Topics found (%1)</source>
        <translation>Найденные темы (%1)</translation>
    </message>
    <message>
        <source>Topics not found (%1)</source>
        <translation>Отсутствующие темы (%1)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдена</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдена</translation>
    </message>
    <message>
        <source>No evidence found</source>
        <translation>Подтверждений не найдено</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>Признак: %1</translation>
    </message>
    <message>
        <source>Met: the policy covers this requirement.</source>
        <translation>Выполнено: политика отвечает этому требованию.</translation>
    </message>
    <message>
        <source>Partial: the topic is covered, but not every point the law asks for.</source>
        <translation>Частично: тема раскрыта, но приведены не все сведения, которых требует закон.</translation>
    </message>
    <message>
        <source>Missing: no evidence found.</source>
        <translation>Отсутствует: подтверждений не найдено.</translation>
    </message>
    <message>
        <source>The text suggests that it applies:</source>
        <translation>Судя по тексту, это условие выполняется:</translation>
    </message>
    <message>
        <source>Conditional: %1.</source>
        <translation>Условное требование. %1.</translation>
    </message>
    <message>
        <source>Nothing in the text shows that this case applies.</source>
        <translation>В тексте нет признаков того, что этот случай имеет место.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <source>The text suggests that the requirement applies:</source>
        <translation>Судя по тексту, требование применимо:</translation>
    </message>
    <message>
        <source>Found in a heading:</source>
        <translation>Найдено в заголовке:</translation>
    </message>
    <message>
        <source>Nothing in the text covers this requirement.</source>
        <translation>В тексте не найдено сведений по этому требованию.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>Выполнено требований: %1 из %2</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>В библиотеке: %1</translation>
    </message>
    <message>
        <source>Clauses of the library that meet this requirement (View &gt; Library)</source>
        <translation>Положения библиотеки, отвечающие этому требованию («Вид &gt; Библиотека»)</translation>
    </message>
</context>
<context>
    <name>cw::gui::CoveragePanel</name>
    <message>
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <source>Coverage is not available: %1</source>
        <translation>Покрытие недоступно: %1</translation>
    </message>
    <message>
        <source>Open a policy to see which topics and legal requirements it covers.</source>
        <translation>Откройте политику, чтобы увидеть, какие темы в ней раскрыты и каким требованиям закона она отвечает.</translation>
    </message>
    <message>
        <source>Analysing the policy…</source>
        <translation>Анализ политики…</translation>
    </message>
    <message>
        <source>%1 met, %2 partial, %3 missing, %4 conditional</source>
        <translation>Требования: выполнено — %1, частично — %2, отсутствует — %3, условные — %4</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Пр&amp;офиль:</translation>
    </message>
    <message>
        <source>The law whose requirements are checked</source>
        <translation>Закон, требования которого проверяются</translation>
    </message>
</context>
<context>
    <name>cw::gui::EditorWindow</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: ошибка чтения: %2</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Inserted with placeholders: %1</source>
        <translation>Вставлено с незаполненными полями: %1</translation>
    </message>
    <message>
        <source>The cursor is not in a paragraph.</source>
        <translation>Курсор не находится в абзаце.</translation>
    </message>
    <message>
        <source>Inserted %1 (edition %2)</source>
        <translation>Вставлено положение %1 (редакция %2)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Сохранить изменения перед закрытием?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Insert Clause at Cursor</source>
        <translation>&amp;Вставить положение в позицию курсора</translation>
    </message>
    <message>
        <source>&amp;Replace Paragraph with Clause</source>
        <translation>&amp;Заменить абзац положением</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Вс&amp;тавка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>%1: %2 words added, %3 removed</source>
        <translation>%1: добавлено слов — %2, удалено — %3</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <source>Clausewright closed on %1 without saving changes to this project:

%2

Recover them? They can then be saved, or undone.</source>
        <translation>%1 работа Clausewright завершилась, а изменения в этом проекте не были сохранены:

%2

Восстановить их? Затем их можно будет сохранить или отменить.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Восстановлены несохранённые изменения от %1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <source>Scrolling one language brings the other to the same clause or section</source>
        <translation>Прокрутка текста на одном языке выводит текст на другом к тому же положению или разделу</translation>
    </message>
    <message>
        <source>Show each language rendered under its text</source>
        <translation>Показывать под каждым текстом его оформленный вид</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Load the version on disk?</source>
        <translation>Файл %1 изменён другой программой. Загрузить версию с диска?</translation>
    </message>
    <message>
        <source>Reloaded %1 after it changed on disk</source>
        <translation>Файл %1 перезагружен после изменения на диске</translation>
    </message>
    <message>
        <source>“%1” added to the project&apos;s words</source>
        <translation>Слово «%1» добавлено в словарь проекта</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <source>Add “%1” to the Project&apos;s Words</source>
        <translation>Добавить «%1» в словарь проекта</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Проверка &amp;орфографии</translation>
    </message>
    <message>
        <source>Underline misspelled words (English and Russian dictionaries)</source>
        <translation>Подчёркивать слова с ошибками (английский и русский словари)</translation>
    </message>
    <message>
        <source>Go to Section</source>
        <translation>Переход к разделу</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Ошибка в выражении: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n слово</numerusform>
            <numerusform>%1: %n слова</numerusform>
            <numerusform>%1: %n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>&amp;Go to Section…</source>
        <translation>&amp;Перейти к разделу…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Уменьш&amp;ить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Обычный ра&amp;змер</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Регулярное &amp;выражение</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>За&amp;менить</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Заменить в&amp;се</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Clause %1, edition %2 (not in the loaded libraries)</source>
        <translation>Положение %1, редакция %2 (нет в загруженных библиотеках)</translation>
    </message>
    <message>
        <source>Clause %1, edition %2 — topic: %3</source>
        <translation>Положение %1, редакция %2 — тема: %3</translation>
    </message>
    <message>
        <source>The library has edition %1 (clausewright-cli library updates shows what changed)</source>
        <translation>В библиотеке есть редакция %1 (изменения показывает clausewright-cli library updates)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>&amp;Undo in Project</source>
        <translation>&amp;Отменить в проекте</translation>
    </message>
    <message>
        <source>Undo the last edit of either language, wherever the cursor is</source>
        <translation>Отменить последнюю правку на любом из языков, где бы ни стоял курсор</translation>
    </message>
    <message>
        <source>Re&amp;do in Project</source>
        <translation>Повторить в п&amp;роекте</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and it has unsaved changes here.</source>
        <translation>Файл %1 изменён другой программой, а здесь в нём есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>&amp;Merge Both</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>&amp;Load from Disk</source>
        <translation>&amp;Загрузить с диска</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Оставить мои</translation>
    </message>
    <message>
        <source>here</source>
        <translation>здесь</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>на диске</translation>
    </message>
    <message>
        <source>Merged the changes on disk into %1</source>
        <translation>Изменения с диска объединены с %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged the changes on disk into %1: %n conflict(s) marked &lt;&lt;&lt;&lt;&lt;&lt;&lt;</source>
        <translation>
            <numerusform>Изменения с диска объединены с %1: %n конфликт отмечен &lt;&lt;&lt;&lt;&lt;&lt;&lt;</numerusform>
            <numerusform>Изменения с диска объединены с %1: %n конфликта отмечены &lt;&lt;&lt;&lt;&lt;&lt;&lt;</numerusform>
            <numerusform>Изменения с диска объединены с %1: %n конфликтов отмечены &lt;&lt;&lt;&lt;&lt;&lt;&lt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1: %n замечание</numerusform>
            <numerusform>%1: %n замечания</numerusform>
            <numerusform>%1: %n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Parity compares the English and Russian texts of a project; this one has only one language.</source>
        <translation>Для сверки перевода нужны английский и русский тексты, а в этом проекте текст только на одном языке.</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Сверка перевода</translation>
    </message>
    <message>
        <source>&amp;Next Parity Finding</source>
        <translation>С&amp;ледующее расхождение перевода</translation>
    </message>
    <message>
        <source>Pre&amp;vious Parity Finding</source>
        <translation>Пр&amp;едыдущее расхождение перевода</translation>
    </message>
    <message>
        <source>Show the next difference between the English and Russian texts in both panes</source>
        <translation>Показать следующее расхождение между английским и русским текстами в обеих панелях</translation>
    </message>
    <message>
        <source>Show the previous difference between the English and Russian texts in both panes</source>
        <translation>Показать предыдущее расхождение между английским и русским текстами в обеих панелях</translation>
    </message>
    <message>
        <source>Cannot Export Policy</source>
        <translation>Не удалось экспортировать политику</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>&amp;Export As…</source>
        <translation>&amp;Экспортировать как…</translation>
    </message>
    <message>
        <source>Write the policy of the pane you are in as a Word document, OpenDocument text, PDF, HTML page or Markdown</source>
        <translation>Сохранить политику из текущей панели как документ Word, текстовый документ ODF, PDF, веб-страницу HTML или Markdown</translation>
    </message>
</context>
<context>
    <name>cw::gui::GapsListModel</name>
    <message>
        <source>Topics the draft lacks (%1)</source>
        <translation>Темы, которых нет в черновике (%1)</translation>
    </message>
    <message>
        <source>Reference sections with no counterpart in the draft (%1)</source>
        <translation>Разделы образцов, которым нет соответствия в черновике (%1)</translation>
    </message>
    <message numerus="yes">
        <source>in %n reference(s)</source>
        <translation>
            <numerusform>в %n образце</numerusform>
            <numerusform>в %n образцах</numerusform>
            <numerusform>в %n образцах</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft does not cover “%1”; these references do: %2</source>
        <translation>В черновике нет темы «%1»; она есть в образцах: %2</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>«%1» в %2</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Темы: %1</translation>
    </message>
    <message>
        <source>Closest draft section: “%1” (%2% alike)</source>
        <translation>Ближайший раздел черновика: «%1» (сходство %2%)</translation>
    </message>
    <message>
        <source>The draft has no section like it</source>
        <translation>В черновике нет похожего раздела</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>How widely</source>
        <translation>Встречается</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Образцы</translation>
    </message>
</context>
<context>
    <name>cw::gui::GapsMatrixModel</name>
    <message>
        <source>Covered by %1 of %2 references</source>
        <translation>Есть в образцах: %1 из %2</translation>
    </message>
    <message>
        <source>%1 covers “%2”</source>
        <translation>В %1 есть тема «%2»</translation>
    </message>
    <message>
        <source>The draft lacks “%1”, which %2 of %3 references cover</source>
        <translation>В черновике нет темы «%1»; она есть в образцах: %2 из %3</translation>
    </message>
    <message>
        <source>%1 does not cover “%2”</source>
        <translation>В %1 нет темы «%2»</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>missing from the draft</source>
        <translation>нет в черновике</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>In references</source>
        <translation>В образцах</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>How many references cover the topic; click to sort by it</source>
        <translation>В скольких образцах есть эта тема; щёлкните, чтобы отсортировать по этому столбцу</translation>
    </message>
</context>
<context>
    <name>cw::gui::GapsWindow</name>
    <message>
        <source>%1: no policy files in this folder</source>
        <translation>%1: в папке нет файлов политик</translation>
    </message>
    <message>
        <source>None of the references could be read.</source>
        <translation>Не удалось прочитать ни один образец.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Add &amp;Reference Files…</source>
        <translation>Добавить &amp;файлы образцов…</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add policies to compare the draft against</source>
        <translation>Добавить политики, с которыми сравнивается черновик</translation>
    </message>
    <message>
        <source>Add Reference &amp;Folder…</source>
        <translation>Добавить &amp;папку образцов…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Add every policy in a folder</source>
        <translation>Добавить все политики из папки</translation>
    </message>
    <message>
        <source>&amp;Clear References</source>
        <translation>&amp;Очистить список образцов</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Find Gaps &amp;Again</source>
        <translation>&amp;Искать пробелы заново</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Заново</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ост&amp;ановить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Find what reference policies cover and this draft does not: topics it lacks and sections with no counterpart. Add reference policies (files, or a folder of them), or drop them here.</source>
        <translation>Найдите то, что есть в образцах политик и чего нет в этом черновике: недостающие темы и разделы без соответствия. Добавьте образцы (файлы или папку с ними) или перетащите их сюда.</translation>
    </message>
    <message>
        <source>Topics × documents</source>
        <translation>Темы × документы</translation>
    </message>
    <message>
        <source>Click a column header to sort by it; pick a topic to see its sections below</source>
        <translation>Щёлкните заголовок столбца, чтобы отсортировать по нему; выберите тему, чтобы увидеть её разделы ниже</translation>
    </message>
    <message>
        <source>the draft covers it</source>
        <translation>есть в черновике</translation>
    </message>
    <message>
        <source>the draft lacks it</source>
        <translation>нет в черновике</translation>
    </message>
    <message>
        <source>a reference covers it</source>
        <translation>есть в образце</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <source>%1 — Gaps</source>
        <translation>%1 — пробелы</translation>
    </message>
    <message>
        <source>Missing topics: %1 · Unmatched sections: %2 · References: %3</source>
        <translation>Недостающих тем: %1 · Разделов без соответствия: %2 · Образцов: %3</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Some references could not be read and were left out:</source>
        <translation>Некоторые образцы не удалось прочитать, они пропущены:</translation>
    </message>
    <message>
        <source>Draft: sections on “%1”</source>
        <translation>Черновик: разделы на тему «%1»</translation>
    </message>
    <message>
        <source>No section of the draft is about this topic; it is mentioned here:</source>
        <translation>Ни один раздел черновика не посвящён этой теме; она упоминается здесь:</translation>
    </message>
    <message>
        <source>The draft has nothing on this topic.</source>
        <translation>В черновике нет ничего на эту тему.</translation>
    </message>
    <message>
        <source>References: sections on “%1”</source>
        <translation>Образцы: разделы на тему «%1»</translation>
    </message>
    <message>
        <source>No reference has a section on this topic.</source>
        <translation>Ни в одном образце нет раздела на эту тему.</translation>
    </message>
    <message>
        <source>Reference: “%1”</source>
        <translation>Образец: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Sections on this subject in %n reference(s) have no counterpart in the draft.</source>
        <translation>
            <numerusform>Разделам на эту тему в %n образце нет соответствия в черновике.</numerusform>
            <numerusform>Разделам на эту тему в %n образцах нет соответствия в черновике.</numerusform>
            <numerusform>Разделам на эту тему в %n образцах нет соответствия в черновике.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: the closest section (%1% alike)</source>
        <translation>Черновик: ближайший раздел (сходство %1%)</translation>
    </message>
    <message>
        <source>The draft has no section like this one.</source>
        <translation>В черновике нет похожего раздела.</translation>
    </message>
    <message>
        <source>Add Reference Policies</source>
        <translation>Добавить образцы политик</translation>
    </message>
    <message>
        <source>Add a Folder of Reference Policies</source>
        <translation>Добавить папку с образцами политик</translation>
    </message>
    <message>
        <source>Reading and analysing the policies…</source>
        <translation>Чтение и анализ политик…</translation>
    </message>
</context>
<context>
    <name>cw::gui::LibraryPanel</name>
    <message>
        <source>GDPR</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>152-FZ</source>
        <translation>152-ФЗ</translation>
    </message>
    <message>
        <source>CCPA/CPRA</source>
        <translation>CCPA/CPRA</translation>
    </message>
    <message numerus="yes">
        <source>%n clause file(s) could not be read; clausewright-cli library check lists why.</source>
        <translation>
            <numerusform>Не удалось прочитать %n файл положения; причины выводит команда clausewright-cli library check.</numerusform>
            <numerusform>Не удалось прочитать %n файла положений; причины выводит команда clausewright-cli library check.</numerusform>
            <numerusform>Не удалось прочитать %n файлов положений; причины выводит команда clausewright-cli library check.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library has no clauses.</source>
        <translation>В библиотеке нет положений.</translation>
    </message>
    <message>
        <source>Select a clause to see its text.</source>
        <translation>Выберите положение, чтобы увидеть его текст.</translation>
    </message>
    <message>
        <source>%1, edition %2 — %3</source>
        <translation>%1, редакция %2 — %3</translation>
    </message>
    <message>
        <source>Used when: %1</source>
        <translation>Применяется, если: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Примечания: %1</translation>
    </message>
    <message>
        <source>Edition %1 (%2): %3</source>
        <translation>Редакция %1 (%2): %3</translation>
    </message>
    <message>
        <source>Search clauses in English or Russian</source>
        <translation>Поиск положений на английском или русском</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Закон:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>English text; {{name}} marks an answer of the questionnaire</source>
        <translation>Английский текст; {{name}} обозначает ответ на вопрос анкеты</translation>
    </message>
    <message>
        <source>Russian text; {{name}} marks an answer of the questionnaire</source>
        <translation>Русский текст; {{name}} обозначает ответ на вопрос анкеты</translation>
    </message>
    <message>
        <source>Meets requirements: %1</source>
        <translation>Отвечает требованиям: %1</translation>
    </message>
    <message>
        <source>&amp;Insert at Cursor</source>
        <translation>&amp;Вставить в позицию курсора</translation>
    </message>
    <message>
        <source>Put the clause, filled in with the project&apos;s answers, at the cursor of the pane in its language</source>
        <translation>Вставить положение, заполненное ответами проекта, в позицию курсора на панели соответствующего языка</translation>
    </message>
    <message>
        <source>Re&amp;place Paragraph</source>
        <translation>Заменить &amp;абзац</translation>
    </message>
    <message>
        <source>Put the clause in place of the paragraph under the cursor</source>
        <translation>Вставить положение вместо абзаца, в котором стоит курсор</translation>
    </message>
    <message>
        <source>Copy English</source>
        <translation>Копировать английский</translation>
    </message>
    <message>
        <source>Copy Russian</source>
        <translation>Копировать русский</translation>
    </message>
    <message>
        <source>Copies the clause with its source marker, the comment &lt;!-- clause id@edition --&gt; before it, which records where the text came from so that Clausewright can offer newer editions later</source>
        <translation>Копирует положение с меткой источника — комментарием &lt;!-- clause id@edition --&gt; перед ним: он указывает, откуда взят текст, чтобы Clausewright мог позже предложить более новую редакцию</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) or template(s) of your libraries replace earlier ones with the same id.</source>
        <translation>
            <numerusform>%n положение или шаблон из ваших библиотек заменяет прежний с тем же идентификатором.</numerusform>
            <numerusform>%n положения или шаблона из ваших библиотек заменяют прежние с тем же идентификатором.</numerusform>
            <numerusform>%n положений или шаблонов из ваших библиотек заменяют прежние с тем же идентификатором.</numerusform>
        </translation>
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
    <message>
        <source>Co&amp;mpare…</source>
        <translation>С&amp;равнить…</translation>
    </message>
    <message>
        <source>Compare two versions of a policy side by side</source>
        <translation>Сравнить две версии политики бок о бок</translation>
    </message>
    <message>
        <source>Open a policy with File &gt; Open (%1) or drop a file here. Drop two files, or use File &gt; Compare (%2), to compare two versions.</source>
        <translation>Откройте политику командой «Файл &gt; Открыть» (%1) или перетащите файл сюда. Чтобы сравнить две версии, перетащите два файла или выберите «Файл &gt; Сравнить» (%2).</translation>
    </message>
    <message>
        <source>Find &amp;Gaps Against References…</source>
        <translation>Найти &amp;пробелы по образцам…</translation>
    </message>
    <message>
        <source>Find the topics and sections other policies have and this one lacks</source>
        <translation>Найти темы и разделы, которые есть в других политиках, но отсутствуют в этой</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>&amp;Создать политику…</translation>
    </message>
    <message>
        <source>Draft a policy from a template by answering its questionnaire</source>
        <translation>Составить политику по шаблону, ответив на вопросы анкеты</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открытие проекта</translation>
    </message>
    <message>
        <source>Clausewright projects (*.cwproj);;Markdown policies (*.md *.markdown)</source>
        <translation>Проекты Clausewright (*.cwproj);;Политики в Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Open &amp;Project for Editing…</source>
        <translation>Открыть прое&amp;кт для редактирования…</translation>
    </message>
    <message>
        <source>Edit a project&apos;s English and Russian policies side by side, with the clause library</source>
        <translation>Редактировать английский и русский тексты политики проекта рядом, с библиотекой положений</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <source>Clausewright closed without saving changes to:

%1

Open them to recover the changes?</source>
        <translation>Работа Clausewright завершилась без сохранения изменений в:

%1

Открыть их, чтобы восстановить изменения?</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Текстовый документ ODF</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n tracked change(s) shown accepted</source>
        <translation>
            <numerusform>%1, %n непринятое исправление показано как принятое</numerusform>
            <numerusform>%1, %n непринятых исправления показаны как принятые</numerusform>
            <numerusform>%1, %n непринятых исправлений показаны как принятые</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Open a privacy policy (Word, OpenDocument, PDF, Markdown, plain text, HTML)</source>
        <translation>Открыть политику конфиденциальности (Word, OpenDocument, PDF, Markdown, обычный текст, HTML)</translation>
    </message>
    <message>
        <source>&amp;Export As…</source>
        <translation>&amp;Экспортировать как…</translation>
    </message>
    <message>
        <source>Write the policy as a Word document, OpenDocument text, PDF, HTML page or Markdown</source>
        <translation>Сохранить политику как документ Word, текстовый документ ODF, PDF, веб-страницу HTML или Markdown</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>cw::gui::NewPolicyWizard</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Clausewright projects (*.cwproj)</source>
        <translation>Проекты Clausewright (*.cwproj)</translation>
    </message>
    <message>
        <source>Template and languages</source>
        <translation>Шаблон и языки</translation>
    </message>
    <message>
        <source>Choose the kind of policy, the languages to write it in and where to keep the project.</source>
        <translation>Выберите вид политики, языки, на которых её составить, и место хранения проекта.</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Английский</translation>
    </message>
    <message>
        <source>&amp;Russian</source>
        <translation>&amp;Русский</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Файл проекта:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>privacy-policy</source>
        <translation>политика-конфиденциальности</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>One per line (%1)</source>
        <translation>%1: по одному на строку</translation>
    </message>
    <message>
        <source>All answers are complete.</source>
        <translation>Все ответы заполнены.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need attention.</source>
        <translation>
            <numerusform>%n ответ требует внимания.</numerusform>
            <numerusform>%n ответа требуют внимания.</numerusform>
            <numerusform>%n ответов требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy appears here once the answers are complete.</source>
        <translation>Политика появится здесь, когда все ответы будут заполнены.</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>Новая политика</translation>
    </message>
    <message>
        <source>Some answers still need attention:

%1</source>
        <translation>Некоторые ответы ещё требуют внимания:

%1</translation>
    </message>
    <message>
        <source>Project File</source>
        <translation>Файл проекта</translation>
    </message>
    <message>
        <source>Answer the questions; the policy on the right updates as you answer.</source>
        <translation>Ответьте на вопросы; политика справа обновляется по мере ответов.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it and the policy files next to it?</source>
        <translation>%1 уже существует. Заменить его и файлы политики рядом с ним?</translation>
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
    <name>cw::gui::ParityModel</name>
    <message>
        <source>Missing in Russian</source>
        <translation>Нет в русском</translation>
    </message>
    <message>
        <source>Missing in English</source>
        <translation>Нет в английском</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Перевод устарел</translation>
    </message>
    <message>
        <source>Section moved</source>
        <translation>Раздел перемещён</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
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
        <source>What differs</source>
        <translation>Что расходится</translation>
    </message>
</context>
<context>
    <name>cw::gui::ParityPanel</name>
    <message>
        <source>All findings</source>
        <translation>Все замечания</translation>
    </message>
    <message>
        <source>Show findings of one kind</source>
        <translation>Показать замечания одного типа</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>Show the selected finding in both texts (Enter)</source>
        <translation>Показать выбранное замечание в обоих текстах (Enter)</translation>
    </message>
    <message>
        <source>&amp;Confirm Section</source>
        <translation>Подтвердить &amp;раздел</translation>
    </message>
    <message>
        <source>Record that the Russian section says what the English one says now; it is reported again when the English changes</source>
        <translation>Отметить, что русский раздел передаёт смысл английского в его нынешней редакции; при изменении английского текста раздел снова попадёт в отчёт</translation>
    </message>
    <message>
        <source>&amp;Intentional</source>
        <translation>Нам&amp;еренно</translation>
    </message>
    <message>
        <source>Mark the selected findings as intended differences; they are no longer reported</source>
        <translation>Отметить выбранные замечания как намеренные расхождения; они больше не попадут в отчёт</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Провер&amp;ить заново</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>sections: %1 confirmed, %2 stale, %3 never translated, %4 not confirmed</source>
        <translation>разделы: подтверждено — %1, устарело — %2, не переведено — %3, не подтверждено — %4</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
</context>
<context>
    <name>cw::gui::PolicyEdit</name>
    <message>
        <source>Clause %1, edition %2</source>
        <translation>Положение %1, редакция %2</translation>
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
    <message>
        <source>Topic Cues File</source>
        <translation>Файл признаков тем</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Extra topic &amp;cues:</source>
        <translation>Дополнительные &amp;признаки тем:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A JSON file in the shape of the built-in cues; it adds wording and topics to Coverage and Gaps.</source>
        <translation>JSON-файл в формате встроенных признаков; дополняет формулировки и темы для проверки покрытия и поиска пробелов.</translation>
    </message>
    <message>
        <source>Clause Library Folder</source>
        <translation>Папка библиотеки положений</translation>
    </message>
    <message>
        <source>Clause &amp;libraries:</source>
        <translation>&amp;Библиотеки положений:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Folders of your team&apos;s or your own clauses and templates, loaded after the shipped library; a clause or template with the same id replaces the earlier one.</source>
        <translation>Папки с положениями и шаблонами вашей команды или вашими собственными; загружаются после встроенной библиотеки, и положение или шаблон с тем же идентификатором заменяет прежний.</translation>
    </message>
    <message>
        <source>Spelling Dictionaries</source>
        <translation>Словари для проверки орфографии</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Шрифт редактора:</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Автосохранение через:</translation>
    </message>
    <message>
        <source> s of no typing</source>
        <translation> с после остановки набора</translation>
    </message>
    <message>
        <source>&amp;Dictionaries:</source>
        <translation>&amp;Словари:</translation>
    </message>
    <message>
        <source>the system&apos;s (en_US, ru_RU)</source>
        <translation>системные (en_US, ru_RU)</translation>
    </message>
</context>
<context>
    <name>cw::gui::SectionMatchModel</name>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещён</translation>
    </message>
    <message>
        <source>%1
→ %2
%3% of its words are found in the other version</source>
        <translation>%1
→ %2
%3% слов раздела есть в другой версии</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>cw::gui::SectionSyncModel</name>
    <message>
        <source>Never translated</source>
        <translation>Не переведён</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Не подтверждён</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>(opening text)</source>
        <translation>(вводная часть)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>English section</source>
        <translation>Английский раздел</translation>
    </message>
    <message>
        <source>Russian section</source>
        <translation>Русский раздел</translation>
    </message>
</context>
</TS>
