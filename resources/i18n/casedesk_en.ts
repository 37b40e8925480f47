<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en"><context><name>actions_tab</name><message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <translation><numerusform>%n working days</numerusform><numerusform>%n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ %n deadlines to confirm:&lt;/b&gt; the events they count from have changed. Nothing is counted again until you confirm.</source>
        <translation><numerusform>&lt;b&gt;⚠ %n deadlines to confirm:&lt;/b&gt; the events they count from have changed. Nothing is counted again until you confirm.</numerusform><numerusform>&lt;b&gt;⚠ %n deadlines to confirm:&lt;/b&gt; the events they count from have changed. Nothing is counted again until you confirm.</numerusform></translation>
    </message>
</context><context><name>ages</name><message numerus="yes">
        <source>%n week</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n week</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation><numerusform>%n weeks</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n month</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation><numerusform>%n months</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n years</numerusform><numerusform>%n years</numerusform></translation>
    </message>
</context><context><name>assessment</name><message numerus="yes">
        <source>%n thing is missing before sign-off: see the list.</source>
        <translation><numerusform>%n thing is missing before sign-off: see the list.</numerusform><numerusform>%n thing is missing before sign-off: see the list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n things are missing before sign-off: see the list.</source>
        <translation><numerusform>%n things are missing before sign-off: see the list.</numerusform><numerusform>%n things are missing before sign-off: see the list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n working day after its due date ({day}): say why it was late.</source>
        <translation><numerusform>Completed %n working day after its due date ({day}): say why it was late.</numerusform><numerusform>Completed %n working day after its due date ({day}): say why it was late.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n working days after its due date ({day}): say why it was late.</source>
        <translation><numerusform>Completed %n working days after its due date ({day}): say why it was late.</numerusform><numerusform>Completed %n working days after its due date ({day}): say why it was late.</numerusform></translation>
    </message>
    </context><context><name>assessment_gaps</name><message numerus="yes">
        <source>It was completed %n working day after its due date: record why it was late.</source>
        <translation><numerusform>It was completed %n working day after its due date: record why it was late.</numerusform><numerusform>It was completed %n working day after its due date: record why it was late.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It was completed %n working days after its due date: record why it was late.</source>
        <translation><numerusform>It was completed %n working days after its due date: record why it was late.</numerusform><numerusform>It was completed %n working days after its due date: record why it was late.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries from before the assessment began is linked: consider the family's history, not only what happened since.</source>
        <translation><numerusform>None of the %n entries from before the assessment began is linked: consider the family's history, not only what happened since.</numerusform><numerusform>None of the %n entries from before the assessment began is linked: consider the family's history, not only what happened since.</numerusform></translation>
    </message>
</context><context><name>case_list_model</name><message numerus="yes">
        <source>%n adults not identified</source>
        <translation><numerusform>%n adults not identified</numerusform><numerusform>%n adults not identified</numerusform></translation>
    </message>
</context><context><name>case_record</name><message numerus="yes">
        <source>%n significant entry has no decision yet on who else needs to know (Information sharing).</source>
        <translation><numerusform>%n significant entry has no decision yet on who else needs to know (Information sharing).</numerusform><numerusform>%n significant entry has no decision yet on who else needs to know (Information sharing).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n significant entries have no decision yet on who else needs to know (Information sharing).</source>
        <translation><numerusform>%n significant entries have no decision yet on who else needs to know (Information sharing).</numerusform><numerusform>%n significant entries have no decision yet on who else needs to know (Information sharing).</numerusform></translation>
    </message>
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
<message numerus="yes">
        <source>The {who} is {status}; asked who he is, met refusal or reluctance %n times.</source>
        <translation><numerusform>The {who} is {status}; asked who he is, met refusal or reluctance %n times.</numerusform><numerusform>The {who} is {status}; asked who he is, met refusal or reluctance %n times.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The {who} is {status}; asked who she is, met refusal or reluctance %n times.</source>
        <translation><numerusform>The {who} is {status}; asked who she is, met refusal or reluctance %n times.</numerusform><numerusform>The {who} is {status}; asked who she is, met refusal or reluctance %n times.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The {who} is {status}; asked who they are, met refusal or reluctance %n times.</source>
        <translation><numerusform>The {who} is {status}; asked who they are, met refusal or reluctance %n times.</numerusform><numerusform>The {who} is {status}; asked who they are, met refusal or reluctance %n times.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action overdue (Actions &amp; deadlines).</source>
        <translation><numerusform>%n action overdue (Actions &amp; deadlines).</numerusform><numerusform>%n action overdue (Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actions overdue (Actions &amp; deadlines).</source>
        <translation><numerusform>%n actions overdue (Actions &amp; deadlines).</numerusform><numerusform>%n actions overdue (Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</source>
        <translation><numerusform>%n action overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</numerusform><numerusform>%n action overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actions overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</source>
        <translation><numerusform>%n actions overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</numerusform><numerusform>%n actions overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines overdue: {named} (Actions &amp; deadlines).</source>
        <translation><numerusform>%n deadlines overdue: {named} (Actions &amp; deadlines).</numerusform><numerusform>%n deadlines overdue: {named} (Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n statutory timescales met late with no reason recorded (Actions &amp; deadlines: Why late…).</source>
        <translation><numerusform>%n statutory timescales met late with no reason recorded (Actions &amp; deadlines: Why late…).</numerusform><numerusform>%n statutory timescales met late with no reason recorded (Actions &amp; deadlines: Why late…).</numerusform></translation>
    </message>
</context><context><name>case_store</name><message numerus="yes">
        <source>encryption: %n page(s) fail their check</source>
        <translation><numerusform>encryption: %n page fail their check</numerusform><numerusform>encryption: %n pages fail their check</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>links: %n record(s) point at missing records</source>
        <translation><numerusform>links: %n record point at missing records</numerusform><numerusform>links: %n records point at missing records</numerusform></translation>
    </message>
</context><context><name>case_view</name><message numerus="yes">
        <source>%n deadlines wait for you to confirm a change to the events it counts from (Actions &amp; deadlines).</source>
        <translation><numerusform>%n deadlines wait for you to confirm a change to the events it counts from (Actions &amp; deadlines).</numerusform><numerusform>%n deadlines wait for you to confirm a change to the events it counts from (Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Still to decide&lt;/b&gt;: %n significant entries have no decision on who else needs to know.</source>
        <translation><numerusform>&lt;b&gt;Still to decide&lt;/b&gt;: %n significant entries have no decision on who else needs to know.</numerusform><numerusform>&lt;b&gt;Still to decide&lt;/b&gt;: %n significant entries have no decision on who else needs to know.</numerusform></translation>
    </message>
</context><context><name>chronology</name><message numerus="yes">
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
<message numerus="yes">
        <source>%n row(s) look like entries already recorded and were not imported; add --link-duplicates to import those another source reported as the same event, linked, or --include-duplicates to import them all as separate entries:</source>
        <translation><numerusform>%n row look like entries already recorded and were not imported; add --link-duplicates to import those another source reported as the same event, linked, or --include-duplicates to import them all as separate entries:</numerusform><numerusform>%n rows look like entries already recorded and were not imported; add --link-duplicates to import those another source reported as the same event, linked, or --include-duplicates to import them all as separate entries:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation><numerusform>  … and %n more</numerusform><numerusform>  … and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries added are significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</source>
        <translation><numerusform>%n of the entries added are significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</numerusform><numerusform>%n of the entries added are significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are the same event as an entry another source recorded, and linked to it (counted once):</source>
        <translation><numerusform>%n of them are the same event as an entry another source recorded, and linked to it (counted once):</numerusform><numerusform>%n of them are the same event as an entry another source recorded, and linked to it (counted once):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation><numerusform>Imported %n entries.</numerusform><numerusform>Imported %n entries.</numerusform></translation>
    </message>
</context><context><name>chronology_actions</name><message numerus="yes">
        <source>%n of the imported entries is significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</source>
        <translation><numerusform>%n of the imported entries is significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</numerusform><numerusform>%n of the imported entries is significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of the imported entries are significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</source>
        <translation><numerusform>%n of the imported entries are significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</numerusform><numerusform>%n of the imported entries are significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</numerusform></translation>
    </message>
    </context><context><name>chronology_csv</name><message numerus="yes">
        <source>Nothing was imported; the CSV has %n problem(s):
{problems}</source>
        <translation><numerusform>Nothing was imported; the CSV has %n problem:
{problems}</numerusform><numerusform>Nothing was imported; the CSV has %n problems:
{problems}</numerusform></translation>
    </message>
</context><context><name>chronology_view</name><message numerus="yes">
        <source>Showing the %n entries behind: {why} {link}</source>
        <translation><numerusform>Showing the %n entries behind: {why} {link}</numerusform><numerusform>Showing the %n entries behind: {why} {link}</numerusform></translation>
    </message>
    </context><context><name>demo</name><message numerus="yes">
        <source>Created {file}: %n fictional case(s), {people} people, {entries} chronology entries.</source>
        <translation><numerusform>Created {file}: %n fictional case, {people} people, {entries} chronology entries.</numerusform><numerusform>Created {file}: %n fictional cases, {people} people, {entries} chronology entries.</numerusform></translation>
    </message>
</context><context><name>diagram_tabs</name><message numerus="yes">
        <source>{name}: %n chronology entries</source>
        <translation><numerusform>{name}: %n chronology entries</numerusform><numerusform>{name}: %n chronology entries</numerusform></translation>
    </message>
</context><context><name>due</name><message numerus="yes">
        <source>%n deadline(s) of this case wait for the worker to confirm a change (open the case: Actions &amp; deadlines).</source>
        <translation><numerusform>%n deadline of this case wait for the worker to confirm a change (open the case: Actions &amp; deadlines).</numerusform><numerusform>%n deadlines of this case wait for the worker to confirm a change (open the case: Actions &amp; deadlines).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working day(s)</source>
        <translation><numerusform>OVERDUE by %n working day</numerusform><numerusform>OVERDUE by %n working days</numerusform></translation>
    </message>
</context><context><name>duplicates</name><message numerus="yes">
        <source>%n of them looks like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</source>
        <translation><numerusform>%n of them looks like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</numerusform><numerusform>%n of them looks like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them looks like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</source>
        <translation><numerusform>%n of them looks like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</numerusform><numerusform>%n of them looks like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them look like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</source>
        <translation><numerusform>%n of them look like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</numerusform><numerusform>%n of them look like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them look like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</source>
        <translation><numerusform>%n of them look like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</numerusform><numerusform>%n of them look like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries are ready.</source>
        <translation><numerusform>%n entries are ready.</numerusform><numerusform>%n entries are ready.</numerusform></translation>
    </message>
    </context><context><name>errors</name><message numerus="yes">
        <source>The document was not imported; nothing was written. It has %n problem:
{list}</source>
        <translation><numerusform>The document was not imported; nothing was written. It has %n problem:
{list}</numerusform><numerusform>The document was not imported; nothing was written. It has %n problem:
{list}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The document was not imported; nothing was written. It has %n problems:
{list}</source>
        <translation><numerusform>The document was not imported; nothing was written. It has %n problems:
{list}</numerusform><numerusform>The document was not imported; nothing was written. It has %n problems:
{list}</numerusform></translation>
    </message>
</context><context><name>health_oversight</name><message numerus="yes">
        <source>%n decision(s) left for later</source>
        <translation><numerusform>%n decision left for later</numerusform><numerusform>%n decisions left for later</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s); none past its response date.</source>
        <translation><numerusform>%n escalation step; none past its response date.</numerusform><numerusform>%n escalation steps; none past its response date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) involved; lead: {lead} ({agency}).</source>
        <translation><numerusform>%n professional involved; lead: {lead} ({agency}).</numerusform><numerusform>%n professionals involved; lead: {lead} ({agency}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n significant event(s) with no decision after {within}: {events}</source>
        <translation><numerusform>%n significant event with no decision after {within}: {events}</numerusform><numerusform>%n significant events with no decision after {within}: {events}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A decision recorded for each of %n significant event(s).</source>
        <translation><numerusform>A decision recorded for each of %n significant event.</numerusform><numerusform>A decision recorded for each of %n significant events.</numerusform></translation>
    </message>
</context><context><name>health_risk</name><message numerus="yes">
        <source>%n action(s) agreed by the family; none overdue.</source>
        <translation><numerusform>%n action agreed by the family; none overdue.</numerusform><numerusform>%n actions agreed by the family; none overdue.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contradicted fact(s), each with its analysis.</source>
        <translation><numerusform>%n contradicted fact, each with its analysis.</numerusform><numerusform>%n contradicted facts, each with its analysis.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) contradicted by another source with no analysis: {facts}.</source>
        <translation><numerusform>%n fact contradicted by another source with no analysis: {facts}.</numerusform><numerusform>%n facts contradicted by another source with no analysis: {facts}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n significant fact(s) rest on self-report, each recent or with its analysis.</source>
        <translation><numerusform>%n significant fact rest on self-report, each recent or with its analysis.</numerusform><numerusform>%n significant facts rest on self-report, each recent or with its analysis.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n significant fact(s) rest only on what someone said, uncorroborated since: {facts}.</source>
        <translation><numerusform>%n significant fact rest only on what someone said, uncorroborated since: {facts}.</numerusform><numerusform>%n significant facts rest only on what someone said, uncorroborated since: {facts}.</numerusform></translation>
    </message>
</context><context><name>health_tab</name><message numerus="yes">
        <source>%n of {checks} checks fail</source>
        <translation><numerusform>%n of {checks} checks fail</numerusform><numerusform>%n of {checks} checks fail</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fail</source>
        <translation><numerusform>%n fail</numerusform><numerusform>%n fail</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pass</source>
        <translation><numerusform>%n pass</numerusform><numerusform>%n pass</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n do not apply</source>
        <translation><numerusform>%n do not apply</numerusform><numerusform>%n do not apply</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n checks that pass or do not apply are not shown: untick “Show only what fails” to see them.</source>
        <translation><numerusform>%n checks that pass or do not apply are not shown: untick “Show only what fails” to see them.</numerusform><numerusform>%n checks that pass or do not apply are not shown: untick “Show only what fails” to see them.</numerusform></translation>
    </message>
    </context><context><name>help</name><message numerus="yes">
        <source>%n page mention “{query}”.</source>
        <translation>
            <numerusform>%n page mention “{query}”.</numerusform>
            <numerusform>%n page mention “{query}”.</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>%n pages mention “{query}”.</source>
        <translation><numerusform>%n pages mention “{query}”.</numerusform><numerusform>%n pages mention “{query}”.</numerusform></translation>
    </message>
</context><context><name>history</name><message numerus="yes">
        <source>%n change(s); {failed} whose signature does not verify.</source>
        <translation><numerusform>%n change; {failed} whose signature does not verify.</numerusform><numerusform>%n changes; {failed} whose signature does not verify.</numerusform></translation>
    </message>
</context><context><name>integrity</name><message numerus="yes">
        <source>the newest %n audit entries are (from {seq}) not signed: added outside CaseDesk, or the file was cut short</source>
        <translation><numerusform>the newest %n audit entries are (from {seq}) not signed: added outside CaseDesk, or the file was cut short</numerusform><numerusform>the newest %n audit entries are (from {seq}) not signed: added outside CaseDesk, or the file was cut short</numerusform></translation>
    </message>
</context><context><name>intervals</name><message numerus="yes">
        <source>%n working day</source>
        <translation><numerusform>%n working day</numerusform><numerusform>%n working day</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <translation><numerusform>%n working days</numerusform><numerusform>%n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day</source>
        <translation><numerusform>%n calendar day</numerusform><numerusform>%n calendar day</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation><numerusform>%n calendar days</numerusform><numerusform>%n calendar days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n week</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation><numerusform>%n weeks</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n month</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation><numerusform>%n months</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    </context><context><name>opening</name><message numerus="yes">
        <source>The case file's database is damaged: %n page(s) fail their integrity check ({pages}). Restore it from a backup.</source>
        <translation><numerusform>The case file's database is damaged: %n page fail their integrity check ({pages}). Restore it from a backup.</numerusform><numerusform>The case file's database is damaged: %n pages fail their integrity check ({pages}). Restore it from a backup.</numerusform></translation>
    </message>
</context><context><name>oversight</name><message numerus="yes">
        <source>{reference}: %n supervision(s); at least every {every}; OVERDUE since {day}</source>
        <translation><numerusform>{reference}: %n supervision; at least every {every}; OVERDUE since {day}</numerusform><numerusform>{reference}: %n supervisions; at least every {every}; OVERDUE since {day}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{reference}: %n supervision(s); at least every {every}; next due {day}</source>
        <translation><numerusform>{reference}: %n supervision; at least every {every}; next due {day}</numerusform><numerusform>{reference}: %n supervisions; at least every {every}; next due {day}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n things missing before sign-off</source>
        <translation><numerusform>%n things missing before sign-off</numerusform><numerusform>%n things missing before sign-off</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working days (due {day}): {rest}.</source>
        <translation><numerusform>OVERDUE by %n working days (due {day}): {rest}.</numerusform><numerusform>OVERDUE by %n working days (due {day}): {rest}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{status} (%n other sign-offs are not valid: run File &gt; Check)</source>
        <translation><numerusform>{status} (%n other sign-offs are not valid: run File &gt; Check)</numerusform><numerusform>{status} (%n other sign-offs are not valid: run File &gt; Check)</numerusform></translation>
    </message>
</context><context><name>oversight_tab</name><message numerus="yes">
        <source>{status} by %n working days</source>
        <translation><numerusform>{status} by %n working days</numerusform><numerusform>{status} by %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gaps past the interval; the latest:</source>
        <translation><numerusform>⚠ %n gaps past the interval; the latest:</numerusform><numerusform>⚠ %n gaps past the interval; the latest:</numerusform></translation>
    </message>
</context><context><name>patterns</name><message numerus="yes">
        <source>%n significant entries rest only on self-report; check them with another source.</source>
        <translation><numerusform>%n significant entries rest only on self-report; check them with another source.</numerusform><numerusform>%n significant entries rest only on self-report; check them with another source.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n significant entry rests only on self-report; check them with another source.</source>
        <translation><numerusform>%n significant entry rests only on self-report; check them with another source.</numerusform><numerusform>%n significant entry rests only on self-report; check them with another source.</numerusform></translation>
    </message>
</context><context><name>redaction</name><message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the contact details of %n person(s)</source>
        <translation><numerusform>the contact details of %n person</numerusform><numerusform>the contact details of %n persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chronology entry</source>
        <translation><numerusform>%n chronology entry</numerusform><numerusform>%n chronology entry</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chronology entries</source>
        <translation><numerusform>%n chronology entries</numerusform><numerusform>%n chronology entries</numerusform></translation>
    </message>
    </context><context><name>share_summary</name><message numerus="yes">
        <source>%n entry left out ({third} marked as third-party information: untick one to include it).</source>
        <translation><numerusform>%n entry left out ({third} marked as third-party information: untick one to include it).</numerusform><numerusform>%n entry left out ({third} marked as third-party information: untick one to include it).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries left out ({third} marked as third-party information: untick one to include it).</source>
        <translation><numerusform>%n entries left out ({third} marked as third-party information: untick one to include it).</numerusform><numerusform>%n entries left out ({third} marked as third-party information: untick one to include it).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entry left out.</source>
        <translation><numerusform>%n entry left out.</numerusform><numerusform>%n entry left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries left out.</source>
        <translation><numerusform>%n entries left out.</numerusform><numerusform>%n entries left out.</numerusform></translation>
    </message>
    </context><context><name>sharing</name><message numerus="yes">
        <source>Wrote {file} (%n pages), signed by {signer}.</source>
        <translation><numerusform>Wrote {file} (%n pages), signed by {signer}.</numerusform><numerusform>Wrote {file} (%n pages), signed by {signer}.</numerusform></translation>
    </message>
</context><context><name>sharing_actions</name><message numerus="yes">
        <source>Saved {file} (%n page) in {folder}.</source>
        <translation>
            <numerusform>Saved {file} (%n page) in {folder}.</numerusform>
            <numerusform>Saved {file} (%n page) in {folder}.</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>Saved {file} (%n pages) in {folder}.</source>
        <translation><numerusform>Saved {file} (%n pages) in {folder}.</numerusform><numerusform>Saved {file} (%n pages) in {folder}.</numerusform></translation>
    </message>
</context><context><name>sign_off</name><message numerus="yes">
        <source>It is %n working days past its timescale (due {day}): say why.</source>
        <translation><numerusform>It is %n working days past its timescale (due {day}): say why.</numerusform><numerusform>It is %n working days past its timescale (due {day}): say why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sign-off due by {day}: &lt;b&gt;%n working days late&lt;/b&gt; today.</source>
        <translation><numerusform>Sign-off due by {day}: &lt;b&gt;%n working days late&lt;/b&gt; today.</numerusform><numerusform>Sign-off due by {day}: &lt;b&gt;%n working days late&lt;/b&gt; today.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It is %n working days past its timescale: say why.</source>
        <translation><numerusform>It is %n working days past its timescale: say why.</numerusform><numerusform>It is %n working days past its timescale: say why.</numerusform></translation>
    </message>
</context><context><name>sign_offs</name><message numerus="yes">
        <source>Returned for more work by {who} ({role}) on {day}, %n working day late</source>
        <translation><numerusform>Returned for more work by {who} ({role}) on {day}, %n working day late</numerusform><numerusform>Returned for more work by {who} ({role}) on {day}, %n working day late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Returned for more work by {who} ({role}) on {day}, %n working days late</source>
        <translation><numerusform>Returned for more work by {who} ({role}) on {day}, %n working days late</numerusform><numerusform>Returned for more work by {who} ({role}) on {day}, %n working days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Signed off by {who} ({role}) on {day}, %n working day late</source>
        <translation><numerusform>Signed off by {who} ({role}) on {day}, %n working day late</numerusform><numerusform>Signed off by {who} ({role}) on {day}, %n working day late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Signed off by {who} ({role}) on {day}, %n working days late</source>
        <translation><numerusform>Signed off by {who} ({role}) on {day}, %n working days late</numerusform><numerusform>Signed off by {who} ({role}) on {day}, %n working days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It is %n working day past its timescale: say why.</source>
        <translation><numerusform>It is %n working day past its timescale: say why.</numerusform><numerusform>It is %n working day past its timescale: say why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It is %n working days past its timescale: say why.</source>
        <translation><numerusform>It is %n working days past its timescale: say why.</numerusform><numerusform>It is %n working days past its timescale: say why.</numerusform></translation>
    </message>
</context><context><name>summary_sections</name><message numerus="yes">
        <source>{name}, {role}: {status}. Refused or reluctant to be named %n time(s).</source>
        <translation><numerusform>{name}, {role}: {status}. Refused or reluctant to be named %n time.</numerusform><numerusform>{name}, {role}: {status}. Refused or reluctant to be named %n times.</numerusform></translation>
    </message>
</context><context><name>supervision</name><message numerus="yes">
        <source>Supervision overdue by %n day(s): opened {since}, due by {due} (at least every {every}).</source>
        <translation><numerusform>Supervision overdue by %n day: opened {since}, due by {due} (at least every {every}).</numerusform><numerusform>Supervision overdue by %n days: opened {since}, due by {due} (at least every {every}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Supervision overdue by %n day(s): last supervised {since}, due by {due} (at least every {every}).</source>
        <translation><numerusform>Supervision overdue by %n day: last supervised {since}, due by {due} (at least every {every}).</numerusform><numerusform>Supervision overdue by %n days: last supervised {since}, due by {due} (at least every {every}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No supervision from {since} to {until}: %n day(s) past the interval (at least every {every}).</source>
        <translation><numerusform>No supervision from {since} to {until}: %n day past the interval (at least every {every}).</numerusform><numerusform>No supervision from {since} to {until}: %n days past the interval (at least every {every}).</numerusform></translation>
    </message>
    </context><context><name>verify</name><message numerus="yes">
        <source>Also trusted: the users of the open case file {file} (%n certificate), whose own summaries are theirs to trust.</source>
        <translation><numerusform>Also trusted: the users of the open case file {file} (%n certificate), whose own summaries are theirs to trust.</numerusform><numerusform>Also trusted: the users of the open case file {file} (%n certificate), whose own summaries are theirs to trust.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Also trusted: the users of the open case file {file} (%n certificates), whose own summaries are theirs to trust.</source>
        <translation><numerusform>Also trusted: the users of the open case file {file} (%n certificates), whose own summaries are theirs to trust.</numerusform><numerusform>Also trusted: the users of the open case file {file} (%n certificates), whose own summaries are theirs to trust.</numerusform></translation>
    </message>
    </context><context><name>work_tray</name><message numerus="yes">
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due within {within} working days</source>
        <translation><numerusform>%n due within {within} working days</numerusform><numerusform>%n due within {within} working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context><context><name>work_tray_view</name><message numerus="yes">
        <source>OVERDUE by %n working days</source>
        <translation><numerusform>OVERDUE by %n working days</numerusform><numerusform>OVERDUE by %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>extended; due in %n working days</source>
        <translation><numerusform>extended; due in %n working days</numerusform><numerusform>extended; due in %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>due in %n working days</source>
        <translation><numerusform>due in %n working days</numerusform><numerusform>due in %n working days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation><numerusform> (and %n more)</numerusform><numerusform> (and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n health checks fail</source>
        <translation><numerusform>%n health checks fail</numerusform><numerusform>%n health checks fail</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Health checks&lt;/b&gt;: %n open cases have checks that fail{so_far}. Activate a line to open the case at its Health check tab.</source>
        <translation><numerusform>&lt;b&gt;Health checks&lt;/b&gt;: %n open cases have checks that fail{so_far}. Activate a line to open the case at its Health check tab.</numerusform><numerusform>&lt;b&gt;Health checks&lt;/b&gt;: %n open cases have checks that fail{so_far}. Activate a line to open the case at its Health check tab.</numerusform></translation>
    </message>
</context><context><name>interchange</name><message numerus="yes">
        <source>Exported %n case(s) to {file}. It is NOT encrypted: keep it safe and delete it when it has served its purpose.</source>
        <translation><numerusform>Exported %n case to {file}. It is NOT encrypted: keep it safe and delete it when it has served its purpose.</numerusform><numerusform>Exported %n cases to {file}. It is NOT encrypted: keep it safe and delete it when it has served its purpose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): {references} and {more} more.</source>
        <translation><numerusform>Imported %n case: {references} and {more} more.</numerusform><numerusform>Imported %n cases: {references} and {more} more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): {references}.</source>
        <translation><numerusform>Imported %n case: {references}.</numerusform><numerusform>Imported %n cases: {references}.</numerusform></translation>
    </message>
</context></TS>