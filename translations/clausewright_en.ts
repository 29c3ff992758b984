<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Clausewright</name>
    <message numerus="yes">
        <source>%1 — %2 (in %n reference(s))</source>
        <translation>
            <numerusform>%1 — %2 (in %n reference)</numerusform>
            <numerusform>%1 — %2 (in %n references)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) to update</source>
        <translation>
            <numerusform>%n clause to update</numerusform>
            <numerusform>%n clauses to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tracked change(s) not yet accepted; read as if accepted.</source>
        <translation>
            <numerusform>%1: %n tracked change not yet accepted; read as if accepted.</numerusform>
            <numerusform>%1: %n tracked changes not yet accepted; read as if accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::CompareWindow</name>
    <message numerus="yes">
        <source>%n word(s) inserted</source>
        <translation>
            <numerusform>%n word inserted</numerusform>
            <numerusform>%n words inserted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) deleted</source>
        <translation>
            <numerusform>%n word deleted</numerusform>
            <numerusform>%n words deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) moved</source>
        <translation>
            <numerusform>%n word moved</numerusform>
            <numerusform>%n words moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) changed</source>
        <translation>
            <numerusform>%n section changed</numerusform>
            <numerusform>%n sections changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) unchanged</source>
        <translation>
            <numerusform>%n word unchanged</numerusform>
            <numerusform>%n words unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::EditorWindow</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n word</numerusform>
            <numerusform>%1: %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the changes on disk into %1: %n conflict(s) marked &lt;&lt;&lt;&lt;&lt;&lt;&lt;</source>
        <translation>
            <numerusform>Merged the changes on disk into %1: %n conflict marked &lt;&lt;&lt;&lt;&lt;&lt;&lt;</numerusform>
            <numerusform>Merged the changes on disk into %1: %n conflicts marked &lt;&lt;&lt;&lt;&lt;&lt;&lt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1: %n finding</numerusform>
            <numerusform>%1: %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::GapsListModel</name>
    <message numerus="yes">
        <source>in %n reference(s)</source>
        <translation>
            <numerusform>in %n reference</numerusform>
            <numerusform>in %n references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::GapsWindow</name>
    <message numerus="yes">
        <source>Sections on this subject in %n reference(s) have no counterpart in the draft.</source>
        <translation>
            <numerusform>Sections on this subject in %n reference have no counterpart in the draft.</numerusform>
            <numerusform>Sections on this subject in %n references have no counterpart in the draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::LibraryPanel</name>
    <message numerus="yes">
        <source>%n clause file(s) could not be read; clausewright-cli library check lists why.</source>
        <translation>
            <numerusform>%n clause file could not be read; clausewright-cli library check lists why.</numerusform>
            <numerusform>%n clause files could not be read; clausewright-cli library check lists why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) or template(s) of your libraries replace earlier ones with the same id.</source>
        <translation>
            <numerusform>%n clause or template of your libraries replaces an earlier one with the same id.</numerusform>
            <numerusform>%n clauses or templates of your libraries replace earlier ones with the same id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n tracked change(s) shown accepted</source>
        <translation>
            <numerusform>%1, %n tracked change shown accepted</numerusform>
            <numerusform>%1, %n tracked changes shown accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::NewPolicyWizard</name>
    <message numerus="yes">
        <source>%n answer(s) still need attention.</source>
        <translation>
            <numerusform>%n answer still needs attention.</numerusform>
            <numerusform>%n answers still need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::gui::ParityPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
</TS>
