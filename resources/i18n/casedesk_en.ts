<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>case_record</name>
    <message numerus="yes">
        <source>%n deadline overdue: {named} (Actions &amp; deadlines).</source>
        <translation>
            <numerusform>%n deadline overdue: {named} (Actions &amp; deadlines).</numerusform>
            <numerusform>%n deadline overdue: {named} (Actions &amp; deadlines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statutory timescale met late with no reason recorded (Actions &amp; deadlines: Why late…).</source>
        <translation>
            <numerusform>%n statutory timescale met late with no reason recorded (Actions &amp; deadlines: Why late…).</numerusform>
            <numerusform>%n statutory timescale met late with no reason recorded (Actions &amp; deadlines: Why late…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chronology</name>
    <message numerus="yes">
        <source>%n of the entries added is significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</source>
        <translation>
            <numerusform>%n of the entries added is significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</numerusform>
            <numerusform>%n of the entries added is significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is the same event as an entry another source recorded, and linked to it (counted once):</source>
        <translation>
            <numerusform>%n of them is the same event as an entry another source recorded, and linked to it (counted once):</numerusform>
            <numerusform>%n of them is the same event as an entry another source recorded, and linked to it (counted once):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message numerus="yes">
        <source>%n page mention “{query}”.</source>
        <translation>
            <numerusform>%n page mention “{query}”.</numerusform>
            <numerusform>%n page mention “{query}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sharing_actions</name>
    <message numerus="yes">
        <source>Saved {file} (%n page) in {folder}.</source>
        <translation>
            <numerusform>Saved {file} (%n page) in {folder}.</numerusform>
            <numerusform>Saved {file} (%n page) in {folder}.</numerusform>
        </translation>
    </message>
</context>
</TS>