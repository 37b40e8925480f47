<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AssessmentKind</name>
    <message>
        <source>child and family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pre-birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>section 47</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>referral decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>home visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-access visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missed appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disclosure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>injury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hospital attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>police call-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>domestic abuse incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>school attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strategy discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>core group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>became looked after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looked-after review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>information shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildRelation</name>
    <message>
        <source>mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step-parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grandparent (maternal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grandparent (paternal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aunt or uncle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mother's partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>father's partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other relative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other (say what)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildSeen</name>
    <message>
        <source>seen alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen, not alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConcernAnswered</name>
    <message>
        <source>not yet said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>partly answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not sought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentState</name>
    <message>
        <source>not yet asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared without consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Corroboration</name>
    <message>
        <source>unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corroborated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contradicted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatePrecision</name>
    <message>
        <source>exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineStep</name>
    <message>
        <source>Add deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmotionalQuality</name>
    <message>
        <source>close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>distant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hostile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abusive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>violent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscalationStatus</name>
    <message>
        <source>awaiting response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>responded: outcome to record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taken to the next stage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscalationStep</name>
    <message>
        <source>Raise an escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take it to the next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the outcome that resolves it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>identified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>named, not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not identified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LegalStatus</name>
    <message>
        <source>early help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child in need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child protection plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looked after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pre-birth</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>already recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same event, reported by another source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkStrength</name>
    <message>
        <source>strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tenuous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stressful</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatternKind</name>
    <message>
        <source>avoidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-report only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rising incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new adult in the household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gap in professional contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child not seen, or not seen alone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationshipKind</name>
    <message>
        <source>biological parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step-parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adoptive parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>foster parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>married</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>civil partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cohabiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>divorced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant adult</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignOffDecision</name>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>returned for more work</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignOffState</name>
    <message>
        <source>signed off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved an earlier version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid sign-off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Significance</name>
    <message>
        <source>routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceType</name>
    <message>
        <source>self-reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>professional observation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agency record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Sharing information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeing risk whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oversight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fathers and significant adults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>__init__</name>
    <message>
        <source>an argument is not valid text (not UTF-8); type it again or check the script that passes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the GUI cannot be started from here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>casedesk: stopped; nothing more was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>casedesk: something went wrong that CaseDesk did not expect ({error}). Nothing more was written. Run the command again with --debug to see the details, and report them to your support contact.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>public domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see its licence file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{family} (font)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline, encrypted case recording for safeguarding and outreach workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk is free software under the GNU General Public License ({licence}). It is built from the components below; choose one to read its licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(in {whole})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Third-party components and their licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Third-party components and their licences ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a component above to read its licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its package carries no licence text; the licence is named above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed on: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark an action done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{owner}, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what came of it, and how you know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what came of it (and how you know it was done).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>action_fields</name>
    <message>
        <source>{name} (worker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action agreed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what is to be done (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what is to be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who is to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose who)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due date, e.g. {iso} or {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when the action is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who is to do it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action cannot be due before it was agreed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action cannot be agreed in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action cannot be done before it was agreed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action cannot be done in the future.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>actions_tab</name>
    <message>
        <source>done {day} ({late} late)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE (was due {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE by {late}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open, due in {ahead}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>supervision, {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identification attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>cancelled {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met {day}, {late} late — say why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met {day}, {late} late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due in {ahead}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extended to {day}; {due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open, {due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the rule pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statutory; {basis}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (family)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add deadline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark met…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel deadline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why late…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline changes to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the dates the events now call for (the earlier ones are kept in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines (timescales and those added by hand; lateness in working days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;⚠ 1 deadline to confirm:&lt;/b&gt; the events they count from have changed. Nothing is counted again until you confirm.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ %n deadlines to confirm:&lt;/b&gt; the events they count from have changed. Nothing is counted again until you confirm.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>ages</name>
    <message>
        <source>under a week</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n week</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n month</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>pregnancy week {week}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before birth (family history)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong that CaseDesk did not expect. What you had saved is safe. A report without case content was written to {report}; please send it to your support contact.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>approval</name>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record approved is no longer in the case (withdrawn as entered in error)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adult considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} {name} removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} {name} added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} {name}, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind, dates, and where it stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The three domains of the Assessment Framework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history considered: the chronology entries relied on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources consulted: the team around the family and others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adults considered: parents, significant adults, the household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the original concern is answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisio&amp;n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessment updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your analysis: what you found, the evidence for and against, the assumptions tested, and what is not yet known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it changed (kept in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Why it changed (kept in the history):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the rule pack's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work the due date out again from the kind and the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why it was completed after its due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it was late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it was late:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it stands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covers {covers}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covers {covers}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add another source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A source outside the team: a GP surgery, a police check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone in the team around the family during the assessment is to be asked what they know; record when, and what they said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every parent and significant adult, and every adult in the child's household, by role rather than legal status: each spoken to directly, and checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The concern that opened the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the original concern answered?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how the assessment answers it, or why it does not (yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the original concern is answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;The concern that opened the case&lt;/b&gt; ({day}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is it answered?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what happens next, and why (e.g. child in need plan; review in 3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;The decision&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the assessment concludes and what happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bmit for sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was submitted for sign-off on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mend what stops it being saved (below the pages) first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n thing is missing before sign-off: see the list.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n things are missing before sign-off: see the list.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Save it and submit it to your supervisor for sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by hand; the rule pack gives {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worked out from the rule pack for a {kind} assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Completed %n working day after its due date ({day}): say why it was late.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n working days after its due date ({day}): say why it was late.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Completed in time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>assessment_gaps</name>
    <message>
        <source>Write the analysis of the child's developmental needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the analysis of parenting capacity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the analysis of family and environmental factors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whether the original concern is answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how the original concern is answered, or why not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the date the assessment was completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was completed after its due date: record why it was late.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It was completed %n working day after its due date: record why it was late.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>It was completed %n working days after its due date: record why it was late.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Link the chronology entries the assessment relies on (the history considered).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} was not asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} was asked on {day}: record their answer, or that they gave none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when {who} was asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not considered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how {name} was identified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when {name} was seen, or why not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the checks made on {name}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>None of the %n entries from before the assessment began is linked: consider the family's history, not only what happened since.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>assessment_parts</name>
    <message>
        <source>{name}: known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who: e.g. Eastgate Surgery (GP), a police check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who was asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: asked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what they said (or that they gave no answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What {name} said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Said:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asked {day}: no answer recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asked {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. named by mother; ID seen; GP registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How {name} was identified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: seen on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or, why not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why {name} was not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>police, probation, adult services…: what they found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks made on {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: checked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How identified:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks made:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how identified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen, or why not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not considered yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still to record: {missing}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identified, seen (or why not) and checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filter: words from the date, category or description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only those &amp;ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History considered: tick each entry the assessment relies on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{ticked} of {total} entries ticked; {ticked_earlier} of the {earlier} from before the assessment began ({day}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing before sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a line, or press Enter on it, to go there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click, or press Enter, to go where it is filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing before si&amp;gn-off ({count})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>assessments</name>
    <message>
        <source>The child's developmental needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health; education; emotional and behavioural development; identity; family and social relationships; social presentation; self-care skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parenting capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>basic care; ensuring safety; emotional warmth; stimulation; guidance and boundaries; stability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family and environmental factors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family history and functioning; wider family; housing; employment; income; the family's social integration; community resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child and family assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-birth assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section 47 assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}, started {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An assessment cannot start in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An assessment cannot be due before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An assessment cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An assessment cannot be completed in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An assessment cannot be submitted in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who was asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when they were asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An answer cannot come before the question.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>audit entry {seq} is missing (next found: {found})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} does not follow the one before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} was changed after it was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Backed up to {file}. It opens with the same passphrase or recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored {file}; it opens and checks clean:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  ok       {finding}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give the backup file (it ends in .cdbackup).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a CaseDesk backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is cut short; it cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is damaged (its header is not one CaseDesk writes); it cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is cut short or has extra bytes; it cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is damaged (its checksum does not match); it cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup was written by a newer CaseDesk; update to restore it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>case_actions</name>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {name} — {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {name} (in another case) — {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone already recorded may be the same person:
{names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link {name} to this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add as a different person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <source>The owner's name cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That category cannot be added: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{category}' is already a category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add chronology category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as a demonstration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made by casedesk demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the region and closure days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case {reference} has no record with the id '{id}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a case with this reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a case with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an {kind} id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a {kind} id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/cases/{index}: {what} ('{clash}') is already in the case file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>case_file_page</name>
    <message>
        <source>Search by name, alias or reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{mark}.&lt;/b&gt; Every person and case in this file is invented: practise here, and never record a real family in it (its passphrase is public).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demonstration case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;ses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file has no cases yet. Open the first one for a child or family you work with: Case &gt; New Case… (Ctrl+Shift+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a new case in this case file (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>19 of 19 fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: opened by {user} ({role}) — read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: opened by {user} ({role})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>case_folder</name>
    <message>
        <source>Choose a folder for your case files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk cannot use {folder} ({reason}): choose another folder for your case files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the whole path of the folder, for example {example}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{folder} is inside CaseDesk's own program folder, which an update replaces: choose a folder of your own, such as your Documents folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder for your case files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk cannot save files in {folder}: choose a folder of your own, such as your Documents folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>case_list_model</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocated worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adults to identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{failed} of {checks} fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the {checks} health checks fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fails:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many of the case's health checks fail (worked out case by case once the list is shown; … until then). Open the case's Health check tab for what to do next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no father recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no partner recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 adult not identified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No father recorded, no partner recorded of the mother the child lives with, or parents or significant adults who are not identified (named but not confirmed, or not known): open the case to see who, and record each attempt to identify them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fathers, partners and significant adults still to identify: a count, not a warning. Red in this list means only what is overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being checked…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n adults not identified</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>case_record</name>
    <message>
        <source>lives in the household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>biological father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>biological mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step-father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step-mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adoptive father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adoptive mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>foster father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>foster mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant adult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No father is recorded for {child}: record him, as not identified if he is not known, and each attempt to identify him.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No partner of {mother} is recorded, and {child} lives with her: record him or her (as not identified if not known), or say why none is recorded (Change case…).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n significant entry has no decision yet on who else needs to know (Information sharing).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n significant entries have no decision yet on who else needs to know (Information sharing).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>{name} (due {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{named} and {more} more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deadline overdue: {named} (Actions &amp; deadlines).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statutory timescale met late with no reason recorded (Actions &amp; deadlines: Why late…).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Escalation at stage {stage}: no response from {whom}, due {day} (Oversight).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalation at stage {stage}: no response from {whom}, due {day} and {more} more (Oversight).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} {category}: {description}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} lives in {household}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} and {second}: {quality}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{role} ({name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {who} is {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {who} is {status}; asked who he is, met refusal or reluctance once.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The {who} is {status}; asked who he is, met refusal or reluctance %n times.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>The {who} is {status}; asked who she is, met refusal or reluctance once.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The {who} is {status}; asked who she is, met refusal or reluctance %n times.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>The {who} is {status}; asked who they are, met refusal or reluctance once.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The {who} is {status}; asked who they are, met refusal or reluctance %n times.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n action overdue (Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n actions overdue (Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n action overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n actions overdue, {family} of them agreed by the family and not done (Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>{name} lives at {address}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}'s date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}'s name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} is the {kind} of {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} is a significant adult ({role}) to {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} is a significant adult to {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} and {second} are in a civil partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} and {second} are in a relationship (dating)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} and {second} are {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aunt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uncle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aunt or uncle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mother's partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>father's partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other relative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maternal grandmother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maternal grandfather</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maternal grandparent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paternal grandmother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paternal grandfather</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paternal grandparent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>half-sister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>half-brother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>half-sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subject child</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deadlines overdue: {named} (Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n statutory timescales met late with no reason recorded (Actions &amp; deadlines: Why late…).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>case_store</name>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case file created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file's schema version was changed outside CaseDesk (its records are signed, its version says they are not). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file was written by an earlier version of CaseDesk (schema {version}) and must be upgraded before it can be read, which opening it read-only cannot do. Open it once normally (not read-only): CaseDesk upgrades it and keeps a backup of it as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a command reading the case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first key, at the first opening since records are signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signing key of {user} is missing from the case file's key file, which was changed. Restore the key file from a backup, or ask the owner to set a new passphrase for you (that issues a new key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded at opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file holds a passphrase for {user} that the case file's owner never issued (the key file was changed outside CaseDesk). Restore the key file from a backup, or ask the owner to add the user properly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is closed (or locked); open it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file is open read-only, so nothing can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner, with their passphrase, can rotate the data key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is not right; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate data key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data key rotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The re-encrypted copy did not check clean, so the case file was left as it was: {problems}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>structure: the schema version was changed outside CaseDesk (its tables are those of signed records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encryption: the pages cannot all be read ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encryption: every page's authentication code is valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>structure: SQLite quick_check reports ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>structure: {problems}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit trail: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit trail: 1 entry, hash chain intact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit trail: {count} entries, hash chain intact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records: not signed yet (open the file once to upgrade it)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>encryption: %n page(s) fail their check</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>links: %n record(s) point at missing records</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>case_view</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by {worker} on {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← All cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a visit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A visit or contact: the child seen (alone?), who else was there, the child's own words, the home (Ctrl+Shift+V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original concern:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned: later concerns are added beside it, never over it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the header's lines whole: the case, the original concern and what needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record identification attempt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a later concern…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add relationship…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to a household…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal status, allocated worker, closing (with the reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later concerns, with their dates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contradicted facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts that rest only on self-report (check them):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts another source contradicts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts resting only on self-report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationships, emotional links and parental responsibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Homes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Households and addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team around the family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concerns and self-report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions and deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oversight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision, sign-off and escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health check: what fails and what next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significant entries with no sharing decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide who needs to know…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the entries chosen (Ctrl- or Shift-click to choose several; none chosen: the first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a share by hand…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summaries shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed PDFs made with File &gt; Share a Signed Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summaries shared ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{fact} — contradicted by {source}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every significant entry has a sharing decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Still to decide&lt;/b&gt;: 1 significant entry has no decision on who else needs to know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allocated to {worker}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened {day}, closed {closed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child last seen {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child last seen not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next: {what}, OVERDUE, was due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next: {what}, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 deadline waits for you to confirm a change to the events it counts from (Actions &amp; deadlines).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deadlines wait for you to confirm a change to the events it counts from (Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Genogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ecomap</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Still to decide&lt;/b&gt;: %n significant entries have no decision on who else needs to know.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>(a name that cannot be read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} does not hold a certificate (a .pem or .der file); ask its sender for the certificate file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters to protect the agency root key (it issues every certificate your recipients trust).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} already exists, so the agency root was not saved (nothing was written over); choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not an encrypted agency root key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency root key's passphrase is not right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a CaseDesk agency root key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{certificate} is not the certificate of the key in {key}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no agency root key at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no certificate file at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give the agency root key itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give the certificate file itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency root key {path} could not be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate file {path} could not be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Checked {file}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  ok       {finding}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  PROBLEM  {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All is well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file has problems. Restore it from a backup, and keep this copy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>child_relation</name>
    <message>
        <source>No mother of the child is recorded yet, so they are linked to the child as {role}; add the mother to seat them above her or him on the genogram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No father of the child is recorded yet, so they are linked to the child as {role}; add the father to seat them above her or him on the genogram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked as a child of {parents}; if they share only one parent, end the other link under Relationships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked as a child of {parents}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No parent of the child is recorded yet, so they are linked to the child as {role}; add the parents to draw them as a sibling.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>chronology</name>
    <message>
        <source>({shown} of {total} entries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not added: it looks like entry {entry} ({likeness}). Add --link-duplicates to add it linked to that entry (the same event from another source), or --include-duplicates to add it as a separate entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added 1 entry, linked to entry {entry}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added 1 entry.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of the entries added is significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give the file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n entry.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is the same event as an entry another source recorded, and linked to it (counted once):</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>  row {row} = entry {entry}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) look like entries already recorded and were not imported; add --link-duplicates to import those another source reported as the same event, linked, or --include-duplicates to import them all as separate entries:</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>  row {row} ~ entry {entry} ({likeness})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {count} entries to {file}. It is NOT encrypted: keep it safe and delete it when it has served its purpose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {file}: one header row and one example row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a category needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a category name is at most 60 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whether {child} was seen, and alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who the information came from (agency, professional or person).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date range cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the time as HH:MM, for example 14:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The corroborating entry is not in this case's chronology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry cannot corroborate itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which entry or other source bears it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which entry or other source contradicts it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry cannot be linked to itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry it is linked to is not in this case's chronology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some of the people involved are not in the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry of {day} from {source}: {description}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries added are significant and no one has decided yet who else needs to know; record the decision in CaseDesk (Information sharing). Still to decide:</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are the same event as an entry another source recorded, and linked to it (counted once):</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>chronology_actions</name>
    <message>
        <source>Record information shared (or not)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronologies (*.csv *.json);;CSV files (*.csv);;CaseDesk JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV has problems; fix them and import it again:
{problems}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of the imported entries is significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n of the imported entries are significant and no one has decided yet who else needs to know. They are listed under Information sharing until someone does.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Who might need to know?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chronology CSV template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a chronology category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The categories now are: {existing}.

New category:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>chronology_csv</name>
    <message>
        <source>Home visit; child seen and spoken to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health visitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A. Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mother (in the kitchen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I like my new bed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm and tidy; food in the fridge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} (the header) lacks the column(s): {columns}. Start from the template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row} (the header) has the column(s) {columns} more than once, so it is not clear which to read. Keep one of each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}: cannot be read: it contains a NUL character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}: the file is not UTF-8 text. Save it as 'CSV UTF-8' and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a cell is longer than 1,000,000 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}: cannot be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: '{value}' is not one of: {allowed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: '{value}' is not one of this case file's categories: {names}. Add it to the list first if it is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {day} is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: write yes, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: say what bears it out (corroboration is '{value}').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: say what contradicts it (corroboration is '{value}').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: '{value}' is not routine, notable, significant or critical.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and more; fix these first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import chronology from CSV</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was imported; the CSV has %n problem(s):
{problems}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>chronology_json</name>
    <message>
        <source>The document holds {count} cases; export just the one whose chronology you want to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import chronology from another document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>chronology_model</name>
    <message>
        <source>routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key: ★ significant, ★★ critical (both also in bold) · ⚠ self-reported · grey: before the child's birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child's age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source type, corroboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significance: ★ significant, ★★ critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the fact comes from (self-reported, observed by a professional, an agency record, a document) and whether another source bears it out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Child: “{words}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child: {seen}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also present: {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child's own words: “{words}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The home: {seen}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact on the child: {impact}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action: {action}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by {worker} {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significance: {level}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ self-reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[child seen alone] </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[child seen, NOT alone] </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[child NOT SEEN] </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[same event as another source's entry] </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>chronology_table</name>
    <message>
        <source>pregnancy week 40</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>information shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ self-reported, contradicted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>chronology_view</name>
    <message>
        <source>Search the chronology (accents and case ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All source types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any corroboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source / agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by source or agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From (date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To (date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries from (date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries up to (date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by source type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by corroboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significant events only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order of the entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the oldest or the newest entries first (remembered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key to the chronology's marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patterns found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a category to this case file's list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change to the selected entry, with the reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Patterns&lt;/b&gt; (click one to see its entries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for patterns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patterns found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the {count} entries behind: {pattern} {link}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the 1 entry behind: {why} {link}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Showing the %n entries behind: {why} {link}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Not used as a filter: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>codecs</name>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains a broken character (a lone surrogate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains a line break or a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}' is not a date (write YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}' is outside {first}-{last}; check the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a list ([...])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be an object ({{...}})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>{state} (decided by {who})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{state} (by {who})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{words}, {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{words}, date not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{words}; basis: {basis}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say the lawful basis (or the reason) for sharing without consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who decided to share without consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the consent decision cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent {state} has no one who gave or refused it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>consent_fields</name>
    <message>
        <source>Given by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent, carer or young person who agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent, carer or young person who refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the worker or manager who decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day is known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day of the consent decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. to protect the child from significant harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis or reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis or reason for sharing without consent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Open case file (a folder ending .casedesk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines not recorded: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule pack not used: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case file damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the case file to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk backups (*.cdbackup)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was not written: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All is well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems were found; restore from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check case file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>countersign</name>
    <message>
        <source>Recorded: {who} reviewed and countersigned summary {document} on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded: {who} reviewed and countersigned summary {document}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was shared with {recipient} on {day} for {purpose}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their comment: {comment}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to case {reference}: the review on its sharing log, a supervision record, and a chronology entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to the case: the review on its sharing log, a supervision record, and a chronology entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersign a summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A supervisor approves a summary a worker signed. It is verified first; your signature and comment are then added to a copy, and the worker's signature stays exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The summary to countersign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signed summary (a .pdf file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor countersigning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor's own passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the supervisor's own passphrase (not the worker's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what you approve, or why (printed with your signature)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the countersigned copy as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the signed summary to countersign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the summary to countersign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The summary could not be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot be countersigned: {verdict}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This summary is already countersigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker's signature is valid, but not one you or this case file trust: make sure who signed it before you approve it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supervisor can countersign: add one in Case &gt; Users &amp; Keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what you approve, or why, in the comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor types their own passphrase to countersign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the countersigned copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the countersigned copy under another name: the worker's copy is kept as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not countersigned: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>date_parsing</name>
    <message>
        <source>2024-03-09, 09/03/2024, 9 Mar 2024, Mar 2024, 2024-03 or 2024; 'about' before any of them marks it approximate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}' is not a date CaseDesk can read ({error}). Write it like {accepted}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}' is outside 1900-2100; check the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unrecognised form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not a month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{option} needs a whole date, for example 2025-03-09.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about {year}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deadline</name>
    <message>
        <source>Add a deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark a deadline met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend a deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel a deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why a timescale was exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statutory timescale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from {start}, due {due}, met {met}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from {start}, due {due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What must happen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Court statement filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What must happen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a day, e.g. {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a day after {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if it was met late: why (required for a statutory timescale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why more time is needed, and who agreed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why the timescale was exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why it no longer applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the timescale was exceeded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline cannot be met in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what must happen by then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was due on {day}: say why the statutory timescale was exceeded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend it to a day after {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label} give the exact day, e.g. {example} (a deadline falls on a day).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deadline_actions</name>
    <message>
        <source>Due: {before} → {after}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It will be cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It will then show: {state}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reason recorded before stays: “{reason}” (change it with Why late… if it no longer fits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm deadline change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{lines}&lt;br&gt;&lt;br&gt;The earlier dates are kept in its history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deadline_changes</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the expected date of delivery has changed: due {due}, not {was_due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no {starts} is recorded now, so it counts from the day the case opened, {start} (was {was}): due {due}, not {was_due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day the case opened, {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {starts} it counts from is now recorded on {start} (was {was}): due {due}, not {was_due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counted again by the rules and working days in use now it falls due on {due}, not {was_due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {pack} rule pack in use has no such timescale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It applies while the case is {rule}; the case is now {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry it counted from is no longer recorded as starting it (changed or withdrawn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry that met it is no longer recorded as meeting it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry that meets it is now dated {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case was closed on {day}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deadline_editing</name>
    <message>
        <source>{name} is already met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the deadlines the timescales call for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timescales applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That deadline belongs to another case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline cannot be met in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was due on {day}: say why the statutory timescale was exceeded; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark deadline met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not met late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the timescale was exceeded; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend it to a day after {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm deadline change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <source>Choose one of {regions} for the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met by an event recorded in the chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted from the entry that now starts it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>--cases must be between 1 and {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--entries must be between 0 and {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} already exists. Use --force to replace it with a new demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its passphrase is: "{passphrase}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open it with: casedesk open {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add demonstration cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demonstration cases written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record assessment: {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Created {file}: %n fictional case(s), {people} people, {entries} chronology entries.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>demonstration</name>
    <message>
        <source>DEMONSTRATION — fictional people, for training only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DEMONSTRATION (fictional people)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>diagram_actions</name>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position not kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not laid out again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the genogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the ecomap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The genogram was saved to {path}. It is not encrypted: keep it as safely as the case file, and delete it when it has been shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ecomap was saved to {path}. It is not encrypted: keep it as safely as the case file, and delete it when it has been shared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>diagram_listing</name>
    <message>
        <source> from {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> since {start}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> until {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ({source}, {kind}, {borne})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ({kind}, {borne})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the child the case is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unborn, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unborn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>born {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>died {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{parts}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} and {b}: {kind}{span}{evidence}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} is {kind} of {b}{span}{evidence}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} is {role} to {b}{span}{evidence}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{a} and {b}: parents, no couple relationship recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genogram of case {reference} as at {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Couples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parents and children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significant adults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{household}: {members}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None recorded on this date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emotional relationships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (the child the case is about)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({what}) with {who}: {strength}, since {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({what}) with {who}: {strength}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ecomap of case {reference} as at {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no household recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the centre: {family}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No agencies or supports recorded on this date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>diagram_tabs</name>
    <message>
        <source>genogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ecomap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {diagram}; the same content is listed as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the {diagram} as it was on this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the {diagram} as it is today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom so the whole drawing shows, or as much as fits with names readable (Ctrl + mouse wheel, or Ctrl + plus and minus, zoom in and out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as SVG, PNG or PDF, with the key and the date (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {diagram} as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {diagram} as text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put everyone moved by hand back where the automatic layout puts them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a person to move them. Select a person to see their chronology entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology entries of the selected person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click an entry to see the family as it was that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in the chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ecomap links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links (every date):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{name}: %n chronology entries</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>diagrams</name>
    <message>
        <source>--out must end in {suffixes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The genogram of {reference} as at {day} was written to {file} (not encrypted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ecomap of {reference} as at {day} was written to {file} (not encrypted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{file}' must end in .svg, .png or .pdf so CaseDesk knows what to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original concern (case {reference}):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>disclosures</name>
    <message>
        <source>{day}: summary {document} to {recipient}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> for {purpose}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (lawful basis: {basis})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; withheld: {withheld}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; countersigned by {who} on {day}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>due</name>
    <message>
        <source>--within is a number of working days, 0 to {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--case needs a case reference, e.g. --case DEMO-0001.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--region is now the case file's own setting (casedesk settings FILE --region R); the case file's region is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule pack not used: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some deadlines are not recorded in the case file yet (it has not been opened for writing since it was upgraded or its rule pack changed); they are shown as the events call for them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deadline(s) of this case wait for the worker to confirm a change (open the case: Actions &amp; deadlines).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Nothing overdue or due within {days} working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>({overdue} overdue, {soon} due within {days} working days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE (due on a day that was not a working day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}  {case}  {state}: {name} ({kind}; {owner})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working day(s)</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>similar names and the same date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar names; a date of birth is missing for one of them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of them looks like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n of them looks like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n of them look like entries already recorded; {same_event} of those looks like the same event reported by another agency. Compare them and choose.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n of them look like entries already recorded; {same_event} of those look like the same event reported by another agency. Compare them and choose.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries are ready.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Possible duplicates, side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link same events, leave out the rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries another agency recorded of the same event are imported and linked: both sources kept, the event counted once. Entries already recorded are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave them all &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import them all as separate entries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ecomap</name>
    <message>
        <source>involved, strength not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who or what the link is with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what kind of support it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That person is not in the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That professional is not in the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, since {month}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ecomap_drawing</name>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the family's household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ecomap</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>edit_actions</name>
    <message>
        <source>Back to the case list (a search box: clear it first)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>The disk holding {folder} is full, so nothing was changed. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{folder} cannot be written to (it, or its folder, is read-only), so nothing was changed; ask whoever manages this computer, or open it read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding {folder} could not be written, so nothing was changed; check the disk (or USB stick) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database is damaged: a part of it just read fails its integrity check ({error}). Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding {folder} could not be read; check that the disk (or USB stick) is still connected, then open the case file again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <source>Change chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2025-03-09, 09/03/2025, Mar 2025, about 2019</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end of a date range (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, as a fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agency, professional or person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or another source, e.g. GP records seen 3 Mar (required unless unverified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other source that bears it out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no other entry)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds third-party information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What someone outside the family told you, or about them (a neighbour, a relative's health): withheld from a shared summary unless you choose to include it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what was done at the time (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People involved:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corroboration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…by / against entry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…or source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact on the child:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analysis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action taken:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{owner} (as recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(an entry no longer in the chronology)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the entry is changing; the earlier values are kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>... and {more} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full, so {path} was not written (nothing partial was left). Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your disk quota is used up, so {path} was not written (nothing partial was left). Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission to use {path} was refused. Choose a place you can write to, or ask whoever manages this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to (read-only). Choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of {path} is a file where a folder should be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give the name of a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name {path} is too long for this disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} goes through a loop of symbolic links.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The document was not imported; nothing was written. It has %n problem:
{list}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>The document was not imported; nothing was written. It has %n problems:
{list}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <source>An escalation cannot be raised in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who raised it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who it was raised with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what the concern is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage is 1 to {top}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A response cannot be due before it was asked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A response cannot come before it was asked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A response cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record what the response was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the outcome that resolved it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take to the next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised {day} by {who} with {whom}; response due {due}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage {stage}: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a member of the team around the family, or anyone (name and agency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the disagreement or concern is, and what you ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child may be at immediate risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date raised at the next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why it goes further: the outcome of this stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome of this stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome so far:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what they said or agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responded on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agreed outcome, as it is placed on the child's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage {stage} is the procedure's last: record the outcome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage {stage}: {name}. A response is due by {due} ({within}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why it goes further (the outcome of this stage).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who it now goes to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot be raised in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immediate risk starts at this stage; make an immediate referral too (MASH or duty): do not wait for the procedure.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Say what bears it out (another source, a document, a record).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what contradicts it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>evidence_fields</name>
    <message>
        <source>who said so (person or agency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who said so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corroboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by what: another source, a document, a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What bears it out or contradicts it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>first_run_actions</name>
    <message>
        <source>Case-file folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo did not open: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the demo case file, {path}: every person in it is invented, for practice only. It locks like any case file; its passphrase is public: “{passphrase}”. When you are ready, make your own with File &gt; New Case File.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>genogram</name>
    <message>
        <source>name not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {month}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>b. {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d. {year}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>genogram_drawing</name>
    <message>
        <source>household: {household}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: case {reference}, as at {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other or not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pregnancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the child the case is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not identified or not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>household (lived together)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parents, no couple relationship recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} to child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant adult to child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genogram</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>{day} is still to come: choose today or a past day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case {reference} was not yet recorded on {day}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health_actions</name>
    <message>
        <source>Health check not worked out: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{missing} of the {total} records behind this check is not listed on this tab as the case now stands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{missing} of the {total} records behind this check are not listed on this tab as the case now stands.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health_adults</name>
    <message>
        <source>Is a father recorded for the child?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a father not yet named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{names} recorded as {child}'s father.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No father is recorded for {child}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the father, as 'not identified' if he is not known, and each attempt to identify him.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is every father and adult around the child identified, or being identified?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No adults are recorded around the child.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {count} identified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} not yet identified, each with an attempt since {day} and a dated next step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not identified, and no attempt since {day} with a dated next step: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again to identify each (ask the mother, the GP, the police, the housing provider) and record the attempt with its next step and date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are repeated refusals to name an adult challenged?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No refusal or reluctance is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusals counted ({counts}); none past {limit} without an escalation after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({count} times)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused or reluctant to be named {limit} or more times: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenge the refusal with the parent, say in the record why it matters for the child, and consider escalating to your manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are checks recorded on each significant adult?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No significant adults are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks recorded on all {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No checks recorded on {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for police, probation and adult services checks on each, and record them in the assessment's 'every adult' page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health_assessment</name>
    <message>
        <source>No assessment is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: nothing missing here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: {gaps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the assessment within its timescale?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: completed {day}, after it was due ({due}), with no reason recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record why it was late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: completed {day}, late, with the reason recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: completed {day}, within its timescale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: due {day} and not completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete it, or agree a new date with your manager and record why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: in progress, due {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the assessment consider the family's history?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link the chronology entries the assessment relies on, including what happened before the referral (earlier referrals, other children, other agencies' records).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask each agency still to answer, chase the ones that have not, and record what each said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was every agency in the team asked, and did it answer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: asked, no answer recorded: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the assessment consider every adult in the child's household?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record for each adult how they were identified, when seen (or why not) and the checks made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the latest assessment answer the original concern?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: answered. {answer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: the original concern is {answer}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how the assessment answers the concern that opened the case: “{concern}”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health_core</name>
    <message>
        <source>{shown} and {more} more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health_oversight</name>
    <message>
        <source>Is the case supervised within the agency's interval?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last supervised {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not due yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No gap past the interval since {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring the case to supervision, and record the decisions and any decision not to act.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are assessments and plans signed off in time, as they now stand?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category} on {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is awaiting a supervisor's sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: awaiting sign-off since {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: approved an earlier version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: signed off late with no reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} signed off in time or not yet due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problems}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the supervisor to sign off (or return) each as it now stands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are escalations answered by their response date?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No escalation is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stage {stage} with {whom}, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No response by the date: {steps}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take it to the next stage of the procedure, or record the response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the team around the family recorded, with a lead professional?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share not yet asked for {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead professional is named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team around the family is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record everyone working with the family (school, health visitor, GP, police) and who leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was a decision made on who else needs to know after each significant event?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No significant event is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} ({category})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide who else needs to know (school, health, police), share or record why not.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n decision(s) left for later</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s); none past its response date.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) involved; lead: {lead} ({agency}).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n significant event(s) with no decision after {within}: {events}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>A decision recorded for each of %n significant event(s).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>health_risk</name>
    <message>
        <source>Are significant facts borne out by more than self-report?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No significant fact rests on self-report alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} ({category})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seek what would bear each out or contradict it (another agency's record, a document, what you see), or say in its analysis why it cannot be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is every contradicted fact analysed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fact is recorded as contradicted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}: “{description}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weigh each account against the other and record, in the entry's analysis, what you conclude and why (a parent's account contradicted by what others saw is itself a finding).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agency's time for seeing a child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has the child been seen, and seen alone, recently enough?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child is not born yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a visit was due by {day} (every {every}: {what})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seeing the child alone was due by {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next visit due {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: {late}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit and see {child}, alone, and record what they say in their own words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{child} last seen {day}; last seen alone {alone}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{child} last seen {day}; never recorded as seen alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{child} not recorded as seen since the case opened; last seen alone {alone}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{child} not recorded as seen since the case opened; never recorded as seen alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has the family done what it agreed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No action agreed by the family is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} ({owner}, due {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} agreed and not done: {actions}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the family why, record what they say and what you see, and weigh it in the plan: agreement without change is a pattern to name (disguised compliance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the chronology show avoidance?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run of no-access visits, missed appointments or cancellations, and no gap in contact past the thresholds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat the pattern as information about risk: discuss it in supervision, tell the team around the family, and plan how the child will be seen.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n action(s) agreed by the family; none overdue.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n contradicted fact(s), each with its analysis.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) contradicted by another source with no analysis: {facts}.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n significant fact(s) rest on self-report, each recent or with its analysis.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n significant fact(s) rest only on what someone said, uncorroborated since: {facts}.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>health_rules</name>
    <message>
        <source>should be a table: [health]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a whole number, 1 to 20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a whole number of years, 0 to 17</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>health_tab</name>
    <message>
        <source>Fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oversight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none of the {checks} checks fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 of {checks} checks fails</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of {checks} checks fail</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Health check: {fails}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 fails</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fail</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>1 passes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pass</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>1 does not apply</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n do not apply</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>None of the {checks} checks fails ({rest}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{fails}, in {themes} of the {all_themes} themes; {rest}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;What to do next:&lt;/b&gt; {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the records ({count}) in {where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 check that passes or does not apply is not shown: untick “Show only what fails” to see them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n checks that pass or do not apply are not shown: untick “Show only what fails” to see them.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Health check summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As recorded on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the case as it was recorded at the end of this day (its history keeps every earlier version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the case as it is now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only what fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick to see every check, what passes as well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which day is checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As recorded on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the case was recorded at the end of {day}, rebuilt from its history. The other tabs show the case as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a later day, or Today for the case as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the Health check tab: what fails and what to do next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health check: checking…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>That link leads outside CaseDesk's help, so it was not opened: CaseDesk works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page seen before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page left by Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of help pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk Help — {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No help page mentions “{query}”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page mention “{query}”.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>| Keys | What it does | Menu |</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pages mention “{query}”.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>--case needs a case reference, e.g. --case DEMO-0001.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>    why: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>    signature [{mark}]: {signature}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s); {failed} whose signature does not verify.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>An NHS number has exactly 10 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That NHS number's check digit does not match; one of its digits is probably mistyped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made before records were signed; its content as it stood at the upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq}: a signing key for {user} issued by {issuer}, who may not issue keys: it signs nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case file's record of where signed audit entries begin was removed outside CaseDesk (meta signed_from_seq): no signature can be trusted until it is restored from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} ({action}) is signed with a key the case file does not know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} ({action}, by {actor}) is signed with {user}'s key, not {actor}'s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} ({action}, by {actor}) is signed with a key that may not sign then: never issued by the owner, replaced by a newer key of {user}'s, or {user} had been removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} ({action}, by {actor}): its signature does not verify (the entry, or one before it, was changed after it was signed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq} ({action}, by {actor}) is not covered by a signature of its author (the next signed entry, {next}, is {signer}'s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entry {seq}: a {what} recorded by {actor}, who is not a supervisor, is not a sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the newest 1 audit entry is (from {seq}) not signed: added outside CaseDesk, or the file was cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{record} is not in the audit trail: it was added outside CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{record} was changed outside CaseDesk (it no longer matches audit entry {seq})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{record} was removed outside CaseDesk (audit entry {seq} recorded it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the audit trail no longer holds entry {seq} as this computer last saw it signed: the case file was rolled back or replaced by an earlier copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records: {rows} verified against their signed audit entries; {signatures} signature(s) of {units} unit(s) of work verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be verified: where signing begins was removed outside CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made before records were signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed: added outside CaseDesk, or the file was cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed after it was signed (audit entry {seq})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not covered by a signature of its author ({signer} signed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed with a key the case file does not know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed with {user}'s key, not {actor}'s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by {user} ({role}), verified</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the newest %n audit entries are (from {seq}) not signed: added outside CaseDesk, or the file was cut short</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>interchange_reading</name>
    <message>
        <source>{location}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be an object ({{...}})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a list ([...])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{id}' is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not one of the case's people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{id}' is not one of the case's people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{time}' is not a time (write HH:MM, 00:00-23:59)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date range cannot end before it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not one of the case's entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is '{value}' but neither corroborating_entry nor corroborating_source says by what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not another of the case's entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>links back to an entry linked to this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a team member's or a person's id of the case, nor 'worker:' and a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not one of the case's identification attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be '{format}': this is not a CaseDesk interchange document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is {version}; this CaseDesk reads version {supported}. Update CaseDesk to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required (the list of cases to import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is empty: the document holds no case to import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>intervals</name>
    <message numerus="yes">
        <source>%n working day</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n week</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n month</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calendar day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>json_input</name>
    <message>
        <source>{name} has the key '{key}' twice in one object; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} holds {constant}, which is not a number JSON allows; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}, column {column}: {problem}). Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is nested too deeply to be a CaseDesk document; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} holds a number too long to read; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give the JSON file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is larger than 512 MB; split it before importing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>{file} already exists; CaseDesk will not write over it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created {file} for {owner}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key (write it down or print it, and keep it somewhere safe and apart
from this computer; it opens the case file if the passphrase is lost, and it
is shown only this once):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key was also written to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase for {user} was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose {user}'s passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} ({role}) can now open the case file with their own passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} can no longer open the case file with a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file was re-encrypted under a new data key; old copies of its keys
no longer open it. The old recovery key no longer works. New recovery key
(write it down or print it; it is shown only this once):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These users must be added again with 'casedesk users add': {users}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keyslots</name>
    <message>
        <source>not base64 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key derivation settings that are not whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key derivation settings outside the range CaseDesk allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a signing key that is not readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a signing key of the wrong shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a keyslot that is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a keyslot's names that are not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a wrapped key of the wrong length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signing key of {user} in the case file's key file does not open with their passphrase: the key file was changed. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That recovery key does not open this case file. Check each group of characters against the printed recovery sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase for {user} is not right. Check Caps Lock and the keyboard layout, then try again; if it is lost, use the recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is not right. Check Caps Lock and the keyboard layout, then try again; if it is lost, use the recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's key file is damaged (it is no longer readable). Restore the case file from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a CaseDesk case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's key file is damaged: its checksum does not match its contents, so a key may have been changed. Restore the case file from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's key file is damaged (format version {version}). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file was written by a newer version of CaseDesk (file format {version}; this version reads up to {supported}). Update CaseDesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its keyslots are missing or repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's key file is damaged ({error}). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a CaseDesk case file (it has no keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's key file is empty. Restore the case file from a backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's lock ({path}) is a symbolic link, which CaseDesk will not follow. Remove it and open the case file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's lock ({path}) is a folder, not a file. Remove it and open the case file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's lock ({path}) is not an ordinary file. Remove it and open the case file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file is already open in CaseDesk by {holder} since {since}. You can open it read-only, or ask them to close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>lock_screen</name>
    <message>
        <source>The case file is closed and nothing of it is on screen. Unlock it with your passphrase (or the recovery key) to return to where you were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase to unlock the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the locked file and show the start page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is locked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;New Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new encrypted case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an existing case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the open case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock now: close the case file and clear the screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an encrypted backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck Case File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check encryption and audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the chosen rows or text (rows: a tab between cells)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the search box: the case list's, or the case's chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the start page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back to Case List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the case for the list of cases (or Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Chronology &amp;Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a &amp;Visit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A visit or contact: the child seen, and alone?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a person to the case shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Users &amp;&amp; Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who can open this case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region and Closure &amp;Days…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose bank holidays and which closure days the deadlines are counted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work Tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is overdue and due soon across every case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk &amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help for the screen in front of you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every key that does something in CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version and licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case file open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} — {user} — read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} — {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>Merge duplicate people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No likely duplicates found; you can still choose two records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicates in this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why they are the same person (what was checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything recorded about the second person moves to the first; their names become aliases. The second record is kept, marked as merged, and the merge cannot be undone with Edit &gt; Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge into it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>new_case</name>
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The concern that opened the case, as it was reported. It stays pinned at the top of the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unborn; expected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocated worker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original concern:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex (genogram symbol):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the case a reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the original concern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the child's date of birth, or tick 'Unborn' with the expected date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change case {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if the mother has no partner: why you are satisfied of it, and who said so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why no partner of the mother is recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example: decision at the review conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No partner, because:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>new_case_file</name>
    <message>
        <source>New case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case file keeps all your cases, encrypted. Choose a passphrase only you know: several unrelated words are strong and easy to remember. Next you will get a recovery key to keep safe in case the passphrase is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My cases.casedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to save the case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the new case file as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk case files (*.casedesk)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>There is no case file at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a CaseDesk backup, not a case file. Restore it with 'casedesk restore BACKUP NEW-CASE-FILE'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a CaseDesk case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file has lost its key file (keys.json), so it cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's {name} is a symbolic link to another place, so CaseDesk will not open it. Put the real file in its place, or restore from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database (case.db) is missing. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database is empty (0 bytes): it was cut short, perhaps when a disk filled up or a copy stopped. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database is cut short or has extra bytes ({size} bytes is not a whole number of pages). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database is damaged at its start (page 1 cannot be decrypted although the passphrase is right). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database is damaged ({error}); part of it may have been cut off. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's database has lost its version record. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file's key file and database do not belong together (they come from different case files). Restore the case file from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file was written by a newer version of CaseDesk (schema {version}; this version reads up to {supported}). Update CaseDesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The case file's database is damaged: %n page(s) fail their integrity check ({pages}). Restore it from a backup.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>{path} is a case file; writing there would destroy it. Choose a place outside the case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is inside the case file {name}; writing there would destroy it. Choose a place outside the case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>oversight</name>
    <message>
        <source>No assessments or plans recorded in {reference}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id}  {assessment}, due {day}, {late} working days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id}  {assessment}, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>    Missing before it can be submitted for sign-off:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id}  Plan: {meeting}, {day}: {sign_off}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id}  Plan: {meeting}, {day}: Not signed off (due {due})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id}  Plan: {meeting}, {day}: Not signed off</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{reference}: %n supervision(s); at least every {every}; OVERDUE since {day}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>{reference}: %n supervision(s); at least every {every}; next due {day}</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>{supervisor} with {worker}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  {day} (recorded {recorded})  {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>      decided: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>      decided not to act: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  GAP: {gap}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No escalations recorded in the open cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reference}  {id}  stage {stage} ({stage_name}), raised {raised} with {whom}: {status}, response due {due}, {days} working days overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reference}  {id}  stage {stage} ({stage_name}), raised {raised} with {whom}: {status}, response due {due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--record needs the id of an assessment or a plan (casedesk assessment list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor's passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry {id} does not record a plan (a conference, core group or review): only assessments and plans are signed off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no assessment or plan '{id}' in case {reference} (casedesk assessment list shows them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A worker cannot qualify in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change newly qualified workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newly qualified workers changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted {day}, awaiting sign-off (due by {due}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted {day}, awaiting sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 thing missing before sign-off</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n things missing before sign-off</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Completed {day}, not submitted: {missing}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready to submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE by 1 working day (due {day}): {rest}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress: {missing}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to submit for sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} (1 other sign-off is not valid: run File &gt; Check)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working days (due {day}): {rest}.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>{status} (%n other sign-offs are not valid: run File &gt; Check)</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>oversight_actions</name>
    <message>
        <source>Oversight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file is open read-only: nothing can be signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assessment has not been submitted for sign-off yet: the worker submits it from its screen once nothing is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase is not {user}'s: nothing was signed. The supervisor types their own passphrase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>oversight_editing</name>
    <message>
        <source>Start assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessment updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history considered must be entries of this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a member of this case's team around the family.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record source consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change source consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answer recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the case's people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record adult considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change adult considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adult updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assessment has already been submitted for sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot be submitted for sign-off yet: {gaps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted for sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the case (or cases) discussed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action must be for one of the cases discussed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record escalation response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This escalation is resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step has already been taken to the next stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage {stage} is the procedure's last: record the outcome instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why it goes to the next stage (the outcome so far).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next stage cannot be raised before the one it follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalate to the next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taken to stage {stage}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>oversight_rules</name>
    <message>
        <source>should be a whole number, 1 to 366</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a field here (the fields are: {fields})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a table: [supervision]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each phase is a table: {{ for = 6, for_unit = ... }}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a table: [escalation]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each stage is a [[escalation.stage]] table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say who takes the stage up, e.g. 'Line managers'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a procedure needs at least one [[escalation.stage]]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a stage, 1 to {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a table: [sign_off]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a list of chronology categories</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>oversight_tab</name>
    <message>
        <source>Awaiting sign-off, due by {day}, {late} working days late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting sign-off, due by {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting sign-off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan: {category} {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} by 1 working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment or plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when it was typed (it is dated when it was held)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided not to act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessments and plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision of this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start assessment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the assessment chosen (what it is missing is listed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A supervisor signs off (or returns) the assessment or plan chosen with their own passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record supervision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise escalation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record response…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next stage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision interval and gaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not supervised yet; first due {day} (at least every {every}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least every {every}; overdue since {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least every {every}; next due {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step is {status}: choose the latest step of the escalation.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{status} by %n working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gaps past the interval; the latest:</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>parser</name>
    <message>
        <source>CaseDesk keeps safeguarding and outreach case records in one encrypted case file. Run it without a command to open the desktop application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is asked for at a prompt. For automation it can instead come from --passphrase-file FILE or the CASEDESK_PASSPHRASE environment variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'casedesk {command}' is not part of CaseDesk {version} yet; see 'casedesk --help' for the commands this version has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also add what looks like an entry already recorded, as a separate entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add what looks like the same event reported by another source linked to it (both kept, the event counted once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the passphrase from the first line of this file instead of a prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show the full technical details of an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open the desktop application, optionally on a case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case file to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create a new, empty case file protected by a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the owner's name (default: your login name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the recovery key to this file (created readable by you only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check a case file's encryption, structure, audit trail and signed records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who made each change to a case's records, when, why, and whether it is signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one record only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a JSON list, for scripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the passphrase of a user of a case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whose passphrase to change (default: the owner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the new passphrase from this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, add or remove the users of a case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the users and keys that can open the case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a user (for example a supervisor) with their own passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove a user; optionally rotate the data key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new user's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new user's passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the user to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also re-encrypt the case file under a new data key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write one self-contained encrypted backup of a case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore a case file from a backup and check it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replace an existing case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import cases from a CaseDesk JSON document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export cases as a CaseDesk JSON document (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case's reference, or 'all'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, add, import or export chronology entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print a case's chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only entries matching these words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant events only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add one chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2025-03-09, 09/03/2025, Mar 2025, about 2019</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agency, professional or person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-reported, professional observation, agency record or document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import entries from CSV or another case's JSON export (all or nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export a case's chronology as CSV (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a CSV template with the columns CaseDesk reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draw a case's genogram (the family and significant adults) as SVG, PNG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draw a case's ecomap (the family with the agencies and supports around it) as SVG, PNG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as it was on this date (default: today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also print it as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list what is overdue and due soon across the open cases: deadlines and actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one case only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>working days ahead (default 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also what is due later (and, with --case, what is met or cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show or set the case file's region, closure days and newly qualified workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whose rule pack and bank holidays the deadlines are counted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a day the agency is closed (not a working day); repeat for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a closure day to take off the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a worker newly qualified since this day (supervised more often at first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>take a worker off the newly qualified list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why the settings change (kept in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case health check: what serious case reviews keep finding, asked of each case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as the case was recorded at the end of this day (from its history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a JSON list, one object per check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create a case file of clearly fictional demonstration cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to write it (default: 'CaseDesk demo.casedesk' in your case-file folder, where the welcome page's Try the demo makes it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same seed gives the same cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how many cases (1 to 200)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chronology entries in all (default: about 60 a case; at most 100,000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replace an existing demo case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show or set your preferences (the same as Edit &gt; Preferences): idle lock, where case files live, the region new case files start with, certificates you trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock after this many idle minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where case files live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the region new case files start with (each file keeps its own: casedesk settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust the certificates in this file when verifying summaries; repeat for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop trusting a certificate file (its path, or a fingerprint it holds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the preferences as JSON, for scripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list a case's assessments and plans, and what each is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list supervision on each open case, and the gaps between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list escalations on the open cases, and where each stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign off an assessment or a plan with the supervisor's own passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the assessment or plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>return it for more work instead of approving it (say what with --comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the supervisor says with the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why, when the sign-off is past its timescale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the supervisor's passphrase from the first line of this file instead of a prompt (never from an argument)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Cannot read the passphrase file {path}: {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first line of the passphrase file {path} is blank; CaseDesk reads the passphrase from the first line only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A passphrase is needed. Give it with --passphrase-file FILE or the {variable} environment variable, or run the command in a terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the new passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases were different; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passphrase_fields</name>
    <message>
        <source>Caps Lock may be on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the passphrase as typed (check who can see)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the passphrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the passphrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the passphrases again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the passphrases as typed (check who can see)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passphrase_policy</name>
    <message>
        <source>very weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at least {count} characters; several unrelated words are easiest to remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add another word or two that are not related to each other or to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase is {label} and would be easy to guess. {advice}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <source>{count} avoidance events ({kinds}) within {days} days, from {start} to {end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{recent} incidents in the last {days} days, against {before} in the {days} days before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} joined {household} on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An adult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{days} days with no professional contact, from {start} to today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{days} days with no professional contact, from {start} to {end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of {total} visits and contacts, the child was not seen at {not_seen} and seen but not alone at {not_alone}; last seen alone on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of {total} visits and contacts, the child was not seen at {not_seen} and seen but not alone at {not_alone}; never recorded as seen alone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n significant entries rest only on self-report; check them with another source.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n significant entry rests only on self-report; check them with another source.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>pdf_signatures</name>
    <message>
        <source>no certificate you trust issued it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed: this is not a PDF file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed: this PDF is damaged, so it cannot be read or checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature is broken: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature is broken: the signature of {signer} does not match its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed after it was signed: the content signed by {signer} is no longer what they signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its title, author or other document information was changed after signing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed after it was signed: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{field}" is not a signature CaseDesk can check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature in "{field}" cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature in "{field}" does not start at the beginning of the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>something was added to the file after the last signature ({signer}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two signatures claim the same revision of the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file was updated between its signatures by something that is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{signer} added a signature that is drawn over the document, not in the space left for a countersignature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after {signer} signed, the file was changed by more than adding a signature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate was issued by a certificate that may not vouch for others (a person's own, not an agency's root)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate is not one that may sign documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate could not be checked against the certificates you trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate had expired when it signed (valid to {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate that vouches for it had expired when it signed (valid to {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate was not yet valid when it signed (valid from {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate that vouches for it was not yet valid when it signed (valid from {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by {signer} at a time they did not give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by {signer} on {day} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved by {signer} at a time they did not give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved by {signer} on {day} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: {signatures} (as claimed by the signer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: {signatures} (times as claimed by the signers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid, but signed by someone you have not chosen to trust, {signer}: compare this fingerprint by phone: {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid, but {signer} is not trusted: {problem}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>(name not known)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>separate with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what, e.g. lodger, babysitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship to the child, in words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who gave the name (person or agency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unborn; expected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deceased:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 digits, e.g. 943 476 5919</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example: birth certificate seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…who gave the name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Relationship to the child:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex (genogram symbol):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>precision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…who says so:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of death:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NHS number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose whether they are identified, named but not confirmed, or not identified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how they are related to the child (or choose 'Not known yet').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A {relation} recorded as {sex} is drawn and named as one; check the sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The earlier relationship stays; end it under Relationships if it was wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the details are changing; the earlier values are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>place</name>
    <message>
        <source>Change household membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to a household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Household:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>ok  </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--case needs a case reference, e.g. --case DEMO-0001.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reference} ({child}) as recorded on {day}: {failed} of {total} checks fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reference} ({child}): {failed} of {total} checks fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>       Next: {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case of this file was recorded by the end of {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open cases.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>--case-file-folder needs the whole path of a folder, for example {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{file}' is not a certificate file you trust (see casedesk preferences).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--idle-lock takes a number of minutes from 1 to 120.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences file: {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock when idle for: {minutes} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case files live in: {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region for new case files: {region}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates you trust: none (casedesk verify trusts only what --trust names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates you trust (casedesk verify uses them when no --trust is given):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of {regions} for the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} has changed since you chose to trust it: choose it again in Preferences if the new certificate is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoidance events that make a pattern:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare incidents over windows of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag no professional contact for more than:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag adults who joined a household in the last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trusted certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology &amp;patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your case files live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file locks itself after this long without keyboard or mouse use, and you press Ctrl+L to lock it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Case files live in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Case File and Open start here. Case files already elsewhere stay where they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your local procedure may set these.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>preferences_pages</name>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region for new case files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region for &amp;new case files:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines count working days by a region's bank holidays and rule pack. Each case file keeps its own region and closure days, shared by everyone who opens it and kept in its history; this choice only starts new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region and closure days of this case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case file is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as CaseDesk ships it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your agency's own, {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} counts deadlines by {region} (rule pack: {pack}; {closures} closure days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your signing certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make or refresh my certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After a change of role or of the agency's name, for example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy for recipients…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A certificate file for the people you send summaries to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your certificate and its key are kept inside the case file, encrypted: they sign the summaries you share, and recipients check them against the copy you gave them, or against your agency's certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a case file to see the certificate you sign with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} ({role}) has no certificate in this case file yet: one is made the first time you sign a summary, or now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issued by your agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; {name}&lt;br&gt;&lt;b&gt;Role:&lt;/b&gt; {role}&lt;br&gt;&lt;b&gt;Agency:&lt;/b&gt; {agency}&lt;br&gt;&lt;b&gt;Certificate:&lt;/b&gt; {issuer}&lt;br&gt;&lt;b&gt;Fingerprint:&lt;/b&gt; &lt;code&gt;{first}&lt;br&gt;{second}&lt;/code&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save your certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate files you trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A certificate file (.pem or .der) a colleague or an agency gave you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summaries signed by these certificates (or issued from them) verify as trusted. Check a fingerprint with its owner by phone before you add it. A file that changes afterwards is not trusted until you choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates you trust</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>professional</name>
    <message>
        <source>Change team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the team around the family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone, secure email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Involved from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Involved until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>queries</name>
    <message>
        <source>Escalation response (stage {stage}) from {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{signature}; but the record as it stands differs from it: it was changed outside CaseDesk since</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>record_editor</name>
    <message>
        <source>That record has not been saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That record cannot be changed into another kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a case with the reference '{reference}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already in this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link person to case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both people must be in the case before they can be linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add relationship to the child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add emotional link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add ecomap link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move person on {diagram}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-layout {diagram}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record parental responsibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add household membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That identifier is already recorded for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the relationship is being changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend relationship {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the case is being changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original concern and the subject child cannot be replaced; add a later concern instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend case {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the details are being changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why these are the same person; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge {duplicate} into {kept}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why it is being changed; the earlier values are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend household membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend emotional link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend ecomap link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend parental responsibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the person to the case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the entry is being changed; the earlier values are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record information sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a worker of this case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who is to do it from the case's people, team or workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say when the action was done and what came of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark action done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: {outcome}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record identification attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A next step needs the case it is for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to team around the family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the details are being changed; the reason is kept with the earlier values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>record_kinds</name>
    <message>
        <source>should be 0 (routine) to 3 (critical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a whole number, 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>household membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emotional link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parental responsibility record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identification attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chronology entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharing decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ecomap link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source consulted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adult considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>record_rules</name>
    <message>
        <source>A case needs a reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the concern that opened the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case cannot close before it opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A relationship cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person cannot be linked to themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A household membership cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Involvement cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An identification attempt cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A decision cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot have been shared in the future.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>record_tabs</name>
    <message>
        <source>Households</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>record_views</name>
    <message>
        <source>⚠ self-report only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{born} (age {age})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emotional: {quality}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds parental responsibility ({basis})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lived at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lives in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known as / aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked by → whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reluctance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decide later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared ({how})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{consent}; basis: {basis}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(still to decide)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent and basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (lead professional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>{user} is not a supervisor: only a supervisor (or the case file's owner) can sign off, with their own passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moved on the diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>laid out automatically again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>recovery_key</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;This recovery key opens &lt;b&gt;{file}&lt;/b&gt; if your passphrase is ever lost. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it down or print it, and keep it somewhere safe, apart from this computer (your agency may have a place for it).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have written down or printed the recovery key and will keep it safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the last group of the key to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What Finish waits for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the box once the key is written down or printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the last group of the key to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not the last group of the key: look at the key again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case file: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this sheet safe and apart from the computer. Anyone with it and the case file can open the case file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>redaction</name>
    <message>
        <source>Key people and the genogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fathers and significant adults: identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team around the family and the ecomap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessments and plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information shared before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{part}' is not a section of a summary; the sections are: {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who the summary is for (the recipient).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what the summary is for (its purpose).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lawful basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shorten the {what} to {limit} characters or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} holds a control character; type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chronology's 'from' date is after its 'to' date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one section to include.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, court layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{child} is the child the case is about, so cannot be withheld from its summary; withhold particular entries or details instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (withheld entirely)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the addresses and contact details of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the contact details of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>third-party information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about a person withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {category} entry of {day} ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>the contact details of %n person(s)</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n chronology entry</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n chronology entries</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Withheld for sharing: {parts}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>relationship</name>
    <message>
        <source>mother's partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lodger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>regular visitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>babysitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds parental responsibility for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emotional: {quality}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth mother, married father, court order …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why it is changing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is (the) …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of / with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role (significant adult):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis (parental responsibility):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say on what basis they hold parental responsibility.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the relationship is changing; the earlier values are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>CaseDesk's resources folder is missing; reinstall CaseDesk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is inside the case file {name}; restore to a place outside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} already exists. Choose another name, or use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a case file, so it was not replaced; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is open in CaseDesk by {holder} since {since}, so it was not replaced. Ask them to close it, then restore again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup's database is damaged, so it cannot be restored; nothing was changed. Try another backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored case file does not check clean: {problems}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rule_packs</name>
    <message>
        <source>{file}, line {line}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}, {field}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid TOML ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pack needs a [pack] table with its name and region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pack needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{region} is not one of {regions}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pack needs at least one [[rule]]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a rule must be a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a field of a rule (the fields are: {fields})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say an id of lower-case letters, digits and hyphens, e.g. 'first-core-group'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id} is used by an earlier rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what the timescale is for, e.g. 'Initial child protection conference'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say what starts the clock: a chronology category or 'expected date'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say either 'after = N' (from the start) or 'before = N' (before it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a whole number, 0 to 3660</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a whole number (0: the rule does not repeat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be a whole number (0: every repeat is 'then_every' apart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs 'then_every': it changes the interval after the first repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>should be text in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a rule that starts from the 'expected date' counts back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not one of: {units}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <source>Genogram</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>'{text}' is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{text}: the date must fall between 2000 and 2100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}': write --newly-qualified as NAME=YYYY-MM-DD, e.g. --newly-qualified 'Jo Worker=2026-09-01'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed. Deadlines already recorded are not counted again by themselves: each case shows what would change for its worker to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region: {region} (its bank holidays are not working days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure days: {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule pack: {pack} ({path})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule pack not used: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision: at least every {every}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (since {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newly qualified workers: {workers}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sex_choice</name>
    <message>
        <source>Unknown / not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex (genogram symbol)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>share_summary</name>
    <message>
        <source>Consent of the family (or the young person)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Children Act 1989 s.17 (child in need)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Children Act 1989 s.47 (enquiries into significant harm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working Together to Safeguard Children 2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UK GDPR Art 6(1)(e) and 9(2)(g) (public task; substantial public interest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}  {kind}: [third-party] {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}  {kind}: {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share a signed summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{reference}: {child}&lt;/b&gt;. The summary is signed by you, and what it held and withheld is logged on the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a person and their agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. child protection conference on 12 Dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose or type the lawful basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your agency's name, printed with your signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections to include</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significant entries only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from (e.g. 1 Jan 2025)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to (blank: the latest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court layout (numbered, as Practice Direction 12A asks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign and save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withhold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People and team members to withhold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withhold
entirely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses and
contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (the child)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child the case is about is always in the summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who}: team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only those left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the entries ticked (third-party ones included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find chronology entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find entries by date, kind or words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology entries: ticked ones are withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People (tick what to leave out):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology entries (ticked: left out):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entries left out. Entries about anyone withheld entirely are left out.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry left out ({third} marked as third-party information: untick one to include it).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n entries left out ({third} marked as third-party information: untick one to include it).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n entry left out.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n entries left out.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Entries about anyone withheld entirely are left out too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From needs a whole date, for example 9 Mar 2025.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To needs a whole date, for example 9 Mar 2025.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is there already: it will be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lawful basis given: say it (or that the family consented).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No agency name: the signature will name only you and your role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the signed summary as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:{colour}'&gt;✗ Not saved: {error}&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved and logged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>{option} '{token}': more than one person has that name; give the id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{option} '{token}' is not a person, team member or entry of case {reference}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--withhold takes people of the family and entries; for a team member's contact details use --withhold-contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--include-third-party '{entry}' is not marked as third-party information, so it is included anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document {document}, SHA-256 {sha256}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate fingerprint: {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withheld: {withheld}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in case {reference}'s information-sharing log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not trusted: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document {document}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned by {name} ({role}): {comment}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase opens the file as {user}, not {named}: give your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified first: {result}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned by {user} and written to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded: {user} countersigned summary {document} on {day}, in the case's supervision record and chronology.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case {reference} has shared nothing yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  SHA-256 {sha256}; included: {sections}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {file}: {user}'s certificate, fingerprint {fingerprint}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>casedesk agency needs an action: init or issue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--years must be between 1 and 30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--name needs the agency's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the agency root key's passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {file}: give it to everyone who verifies your staff's summaries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote {file}: keep it (and its passphrase) safe; it issues certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency root key's passphrase is needed: give it with --root-passphrase-file FILE or the {variable} environment variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency root key's passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--days must be between 1 and 3650.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued {user} a certificate from the agency's root, valid {days} days; fingerprint {fingerprint}. Their summaries now verify for anyone who trusts the root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A decision still to be made cannot say it was shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who the information was (or was not) shared with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why it was not shared with {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whether {who} was told with consent, or the lawful basis for sharing without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say the lawful basis for sharing with {who} without consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot have been shared before it was decided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({role}, {agency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case file is open read-only: open it for writing to share a summary (what is shared is logged in it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gathering the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary {document} for {recipient}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed {day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the countersigned copy under a new name: the summary as it was signed is kept as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what you approve, or why, in the countersignature's comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} is a {role}: only a supervisor (or the case file's owner) countersigns a summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not countersigned: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This summary is already countersigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed this summary: a countersignature is someone else's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved {day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This summary has no countersignature to record (it has one signature).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency's name is too long (200 characters at most).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set agency name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agency's name, for signed summaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has no signing key in this case file, so cannot sign a summary: open it with your own passphrase (not the recovery key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-signed certificate (who it names changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-signed certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} is not a user of this case file with a signing key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key is not a person: certificates are issued to the file's users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issued by {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That user's signing key is not an elliptic-curve key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} has no certificate yet: one is made the first time they sign a summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share summary {document}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: the summary was not signed by a user of this case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: {user} signed the summary, so their second signature is not a supervisor's review of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: the countersignature is not by a supervisor of this case file (it names {named}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This summary was not made from this case file (no shared summary in its log matches the one the supervisor signed), so its review cannot be recorded here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review of summary {document} by {user} is already recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed and countersigned the case summary {document} (shared with {recipient} on {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: {comment}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{supervisor} ({role}): {what}. Comment: {comment}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{supervisor} ({role}): {what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record review of summary {document}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>countersigned by the supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(consent?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent not sought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no one else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else who might need to know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name, e.g. Priya Shah (or the service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agency, e.g. Brookfield Primary School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role, e.g. designated safeguarding lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the team around the family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who might need to know what you know?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;… and {count} more.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Decide together for {count} significant entries:&lt;/p&gt;&lt;ul&gt;{listed}&lt;/ul&gt;{more}&lt;p&gt;Tick each person or agency you have told (or will now). For anyone you do not tell, say why.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;You recorded a &lt;b&gt;{level}&lt;/b&gt; event: {said}&lt;/p&gt;&lt;p&gt;Tick each person or agency you have told (or will now). For anyone you do not tell, say why.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Record what was shared, with whom, how and when; or why not.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No team around the family is recorded.&lt;/b&gt; Who else is involved with this family: a school or nursery, health visitor, GP, midwife, police, housing? Add each one with &lt;i&gt;Someone else…&lt;/i&gt;; they can join the team.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Told?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis (if no consent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why not told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if no one else needs to know, say why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why no one else needs to know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaves a pending item on the case until someone decides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one else:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent to share: {consent}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(each entry's own description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Told {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. to protect the child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone, secure email …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why not told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis, {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was shared, {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date shared, {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why not told, {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what is (or is not) shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whether {name} was told with consent (or without, and why).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: the date shared is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add who you told (Someone else…), or say why no one else needs to know.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n pages), signed by {signer}.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>sharing_actions</name>
    <message>
        <source>This case file is open read-only: open it for writing to share a summary (what is shared is logged in it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Share a Signed Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signed PDF summary of the case shown, logged on the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify a Signed Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a signed summary and who signed it (no case file needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coun&amp;tersign a Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A supervisor approves a summary a worker signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record a Countersigned Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a supervisor's countersignature on the case that shared the summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not trusted: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share a signed summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the case to share first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is closed: open it again to share the summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF was not written: {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share summary {document}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n page) in {folder}.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Document {document}, signed by {signer}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your certificate's fingerprint (a recipient who does not yet trust you compares it with you by phone):
{fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is logged in the case's sharing log (Information sharing tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF is not encrypted: send it securely, keep it as safely as the case file, and delete it when it has been shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersign a summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a case file first: a supervisor countersigns with their own key, kept in the case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is closed: open it again to countersign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase is not {user}'s: nothing was signed. The supervisor types their own passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned by {user} and saved to {file}.

Record the review in this case file now? It is added to the sharing log of the case the summary came from, with a supervision record and a chronology entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a countersigned summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the case file the summary came from, for writing, first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersignature recorded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n pages) in {folder}.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>sharing_parser</name>
    <message>
        <source>the sections to include, comma-separated (default: all but health-check): people, identification, team, chronology, assessments, deadlines, supervision, sign-offs, escalations, flags, health-check, sharing-log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a signed PDF summary of a case, for sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who it is for (person and agency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what it is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lawful basis for sharing it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every entry, or significant entries only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries from this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries up to this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the court layout (no., date, event, reference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withhold a person (by name or id) or an entry (by id); repeat for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withhold a person's addresses and contact details (or a team member's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include an entry marked as third-party information (withheld by default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify a signed PDF summary against certificates you trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate you trust (an agency's root, or a person's own); repeat for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the result as JSON, for scripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify a summary and add a supervisor's approval signature with a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a case file you use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your name in that case file (default: its owner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what you approve, or why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record a supervisor's countersignature of a summary this case file shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list a case's information-sharing log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a JSON list, for scripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a user's certificate, for a recipient of their summaries to trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an agency's own root certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the agency's root certificate and its key, protected by a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to write them (keep the key safe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agency's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how long it is valid (default 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the root key's new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue a user of a case file a certificate from the agency's root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder 'agency init' made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how long it is valid (default 730)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the root key's passphrase, from a file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sign_off</name>
    <message>
        <source>Submit assessment for sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an assessment no longer in the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a plan no longer in the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan: {category}, {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is a {role}: only a supervisor (or the case file's owner) can sign off, with their own passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no assessment or plan '{target}' in case {reference}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A {category} is not a plan: only assessments and the meetings that make a plan ({plans}) are signed off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's date ({today}) is before the case file was last changed ({changed}): a sign-off cannot be dated earlier. Correct the computer's date, then sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return for more work: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is 1 working day past its timescale (due {day}): say why.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It is %n working days past its timescale (due {day}): say why.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>{name} already signed this off on {day}, as it stands: nothing has changed to sign again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} returned this for more work on {day}: the worker submits it again once it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} recorded this assessment or changed it: another supervisor must sign it off (no one signs off their own work).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} recorded this plan or changed it: another supervisor must sign it off (no one signs off their own work).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assessment has not been submitted for sign-off yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot be approved while something is missing: {gaps} Return it for more work instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it could not be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the current version, signature verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sign-off due by {day}: &lt;b&gt;%n working days late&lt;/b&gt; today.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Sign-off due by {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Missing&lt;/b&gt; (it can only be returned for more work):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Return for more work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what you say with the decision (for a return: what is needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why the sign-off is late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the sign-off is late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor's own passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the supervisor's own passphrase (not the worker's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why late:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supervisor can sign: add one in Case &gt; Users &amp; Keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what more is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor types their own passphrase to sign.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It is %n working days past its timescale: say why.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>sign_offs</name>
    <message>
        <source>(late because: {reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{head}: {why}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{head}: approved an earlier version; changed since: {changes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{head}: approved an earlier version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{head}: NOT A VALID SIGN-OFF ({why}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned for more work by {who} ({role}) on {day}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Returned for more work by {who} ({role}) on {day}, %n working day late</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Returned for more work by {who} ({role}) on {day}, %n working days late</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Signed off by {who} ({role}) on {day}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Signed off by {who} ({role}) on {day}, %n working day late</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Signed off by {who} ({role}) on {day}, %n working days late</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>A sign-off cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what more is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be verified: where signing begins was removed outside CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not in the audit trail: it was added outside CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was changed outside CaseDesk (it no longer matches its audit entry)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was recorded with a key that may not sign (not issued by the case file's owner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was recorded with a {role}'s key, not a supervisor's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it names a key other than the one that recorded it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key it names was changed outside CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its audit entry is not validly signed ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it names {signer} but was signed with {user}'s key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its signature does not verify: it was changed after it was signed, or copied from another case or case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the content it approved was changed after it was signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not belong to this case file's history (its audit chain head differs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is dated {day}, before the record it signed was last changed ({changed}): backdated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It is %n working day past its timescale: say why.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>It is %n working days past its timescale: say why.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>simple_records</name>
    <message>
        <source>Record identification attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{role}: {name} ({identification})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>home visit, phone call, letter, record check …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused, changed the subject, said it's not your business … (counted on the case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked whom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their answer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reluctance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the father or adult first (People tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how you asked (a visit, a call …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whom you asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the answer given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a later concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes, newest last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ NOT VERIFIED:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>snapshot</name>
    <message>
        <source>There is no case with the reference '{reference}'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>start_page</name>
    <message>
        <source>One encrypted case file holds all your cases: each family and every significant adult, the chronology, timescales, supervision, and signed summaries to share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new encrypted case file (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an existing case file (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent case files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case files opened yet on this computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>store_keys</name>
    <message>
        <source>added again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-issued: passphrase set by {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} is not a user of this case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner can change another user's passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner of a case file can add users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{role}' is not a role; use worker, supervisor or agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{user} is already a user of this case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner of a case file can remove users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The owner cannot be removed from a case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strength_meter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not strong enough yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Case {reference} has no person, team member or entry '{id}' to withhold; check the id (casedesk chronology list shows entries' ids).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rests on information withheld from this summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} more: this rests on information withheld from this summary.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>summary_pdf</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned by (a supervisor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case {reference}: {child}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({role}, {agency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This summary is signed: its last page says how to check that it is whole and who signed it. It holds personal information about a child and family: keep it securely and share it no further than its purpose needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case file's audit trail at signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry {entry}, hash {hash}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature below covers every page of this document. Any change to it after signing, even one added on top by a PDF editor, is reported by 'casedesk verify' (and by PDF readers that check signatures). To know the signer is who they say, trust their agency's root certificate, or their own, and compare this fingerprint with them by phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail entry lets the case file's owner show that its history has not been rewritten since this summary was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case summary {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk case summary {document}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out: {section}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case {reference} · Document {document}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>summary_sections</name>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the child the case is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>half-sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the child's child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{relationship}: {person}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family or household member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unborn, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{born} ({age}), died {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{born} ({age})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (known as {known_as})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No father is recorded for {child}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}, {role}: {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome and next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{asker} asked {asked}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No parents or significant adults are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (lead professional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead professional is named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ecomap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{source}; {corroboration} by {by}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{source}; self-report only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child said: "{words}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact on the child: {impact}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries: {which} ({count} listed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness or document reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source and corroboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category} (significant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{assessment}, due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original concern: {answered}: {answer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original concern: {answered}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: {gap}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{plan} on {day}: {sign_off}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{plan} on {day}: not signed off (due {due})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{plan} on {day}: not signed off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No assessments or plans are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{deadline} (statutory)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{due} (extended from {was})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{status} on {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (late, extended, cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{supervisor} with {worker}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided not to act, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supervision from {since} to {until}: {days} days past the interval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supervision from {since} to the day of this summary: {days} days past the interval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sign-offs are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{stage_name} (stage {stage})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} by {raiser} with {whom}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {day}; {status}, {days} days overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {day}; {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response and outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{failed} of {total} checks fail. Each asks what serious case reviews keep finding; the themes are those of the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was found, and what to do next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{name}, {role}: {status}. Refused or reluctant to be named %n time(s).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>A supervision cannot be held in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who supervised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whose case work was supervised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A worker cannot supervise themselves: name the supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the reflection and what was decided (or not).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Supervision overdue by %n day(s): opened {since}, due by {due} (at least every {every}).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Supervision overdue by %n day(s): last supervised {since}, due by {due} (at least every {every}).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>No supervision from {since} to {until}: %n day(s) past the interval (at least every {every}).</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Record supervision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date the supervision was held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day it happened, not the day it is typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker supervised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reference} (this case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what was explored: the child's experience, risk, what is not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what was decided, with the rationale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions not to act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anything decided NOT to do, and why (a decision too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases discussed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reflection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not to act:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action {n} (this case):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held on: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>strong: a reliable source of support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tenuous: weak, occasional or uncertain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stressful: a source of conflict or pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change ecomap link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a link to the ecomap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not a member of the team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Grandmother, St Aidan's School, Food bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the whole family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team member:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who or what:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link is:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who says so:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>friends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>school or nursery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>social care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>housing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>faith</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leisure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>benefits and money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>timescale_settings</name>
    <message>
        <source>Region and closure days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines are counted in working days: weekends, the region's bank holidays and the days below are not. Timescales come from the {pack} rule pack. Deadlines already recorded are not counted again by themselves: each case shows what would change, for its worker to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one day a line, e.g. 2026-12-24</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the office closes between Christmas and New Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ The timescales become {region}'s own rule pack. Deadlines {region}'s rules call for are recorded; those of {before}'s rules that {region}'s do not have are proposed, case by case, for you to cancel (Actions &amp; deadlines).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure days, line {number}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region or closure days changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>timescales</name>
    <message>
        <source>A deadline cannot fall before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An extension must be to a later day than it was due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why a statutory timescale is extended; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the deadline is cancelled; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline cannot be met before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deadline that was met cannot also be cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tool_tips</name>
    <message>
        <source>Show the tabs further left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the tabs further right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear what is typed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Unlock case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{file}&lt;/b&gt; is locked.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;{file}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your passphrase, or the recovery key if the passphrase is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users &amp; keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newly qualified since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users of this case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newly qualified…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say since when the chosen worker is newly qualified (their cases are supervised weekly, then fortnightly, by the rule pack), or clear it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You opened this case file as &lt;b&gt;{user}&lt;/b&gt;. Each user has their own passphrase; removing a user takes their key away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove {name}? They will no longer be able to open this case file with their passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the worker first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a worker is newly qualified: choose a worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newly qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is newly qualified since (a date; leave blank if not):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: newly qualified changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>A date of birth cannot be in the future; for an unborn child, record the expected date instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} cannot have died before being born; check both dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date of death cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person has either a date of birth or an expected date of delivery, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That date of birth makes them over 110; is the year right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{parent} is recorded as younger than their child {child}; check both dates of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recorded dates make {parent} no older than {child}; at least one date is only approximate, so check them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{parent} would have been under 12 at {child}'s birth; check the dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pre-birth case needs the expected date of delivery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expected date of delivery ({day}) has passed: record the baby's birth and open the case for the child instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That expected date is more than 43 weeks away; is the year right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record their name before marking them identified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who identified them (who gave the name) before marking them identified.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <source>{path} is a folder; give the PDF file to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>Valid and trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid, but the signer is not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed after signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed, or the signature is broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{number}. Signed by {name}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{number}. Countersigned (approved) by {name}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted: yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate you trust issued it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted: no: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing time (as the signer claims): {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate fingerprint:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring the signer on a number you already have (not one from the document) and read this fingerprint together. If it matches, ask them for their certificate file and add it to the certificates you trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer's certificate fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Document&lt;/b&gt; {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate files you trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A certificate file (.pem or .der) the signer or their agency gave you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates you trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case file is open: only the certificate files above are trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also trusted: the users of {file}, once they have signed a summary.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Also trusted: the users of the open case file {file} (%n certificate), whose own summaries are theirs to trust.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Also trusted: the users of the open case file {file} (%n certificates), whose own summaries are theirs to trust.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>Verify a signed summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that a signed summary is exactly what was signed, and who signed it. Nothing is sent anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF to verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signed summary (a .pdf file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates
you &amp;trust:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the signed summary to verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>visit</name>
    <message>
        <source>(choose: was the child seen?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen, not alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a visit or contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of visit or contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was {name} seen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who else was present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who else was there (names, or 'no one')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what {name} said, in their own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The child's own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what happened and what you saw: your account, as fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the home: conditions, food, sleeping, safety, who lives there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observations of the home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds third-party information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What someone outside the family told you, or about them (a neighbour, a relative's health): withheld from a shared summary unless you choose to include it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step agreed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} seen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also present:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child's own words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The home:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Significance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write your account of the visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the visit record is changing; the earlier values are kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>A case file is one encrypted folder on this computer that holds all your cases: the people, the chronology, deadlines, supervision and the summaries you share. Only your passphrase, or the recovery key you are given when you make it, opens it. If both are lost nobody can open it again, not your agency and not CaseDesk's makers, so keep the recovery key somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where your case files will live:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your case files will live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another folder for your case files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create my first case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase; then write down or print the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the demo case file (fictional people)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made-up families to practise on; nothing in it is real</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a case file I already have…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo is for training: every person in it is invented, and its passphrase is public (“{passphrase}”), so never record a real family in it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>work_tray</name>
    <message>
        <source>Nothing is overdue or due within {within} working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{parts}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision (at least every {every})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First supervision (at least every {every})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off the {kind} assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off the plan ({category}, {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a supervisor</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n due within {within} working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>work_tray_view</name>
    <message>
        <source>OVERDUE (was due {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERDUE by 1 working day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extended; due tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>extended; due in %n working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>due in %n working days</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (statutory)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind}, from {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 health check fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health check (most failing first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fails:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health checks that fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health checks of open cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Activate a line to open its case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ({checked} of {cases} cases checked so far…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Health checks&lt;/b&gt;: no open case has a check that fails{so_far}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Health checks&lt;/b&gt;: 1 open case has checks that fail{so_far}. Activate a line to open the case at its Health check tab.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>%n health checks fail</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Health checks&lt;/b&gt;: %n open cases have checks that fail{so_far}. Activate a line to open the case at its Health check tab.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
<context>
    <name>working_days</name>
    <message>
        <source>England</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown region {region}: choose one of {regions}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>interchange</name>
    <message numerus="yes">
        <source>Exported %n case(s) to {file}. It is NOT encrypted: keep it safe and delete it when it has served its purpose.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): {references} and {more} more.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): {references}.</source>
        <translation type="unfinished"><numerusform /></translation>
    </message>
</context>
</TS>