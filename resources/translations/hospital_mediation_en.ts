<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Application</name>
    <message>
        <source>Decrypting the cases…</source>
        <translation>Decrypting the cases…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) could not be read: run a verification.</source>
        <translation>
            <numerusform>%n case could not be read: run a verification.</numerusform><numerusform>%n cases could not be read: run a verification.</numerusform></translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation>Hospital Mediation</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>Search every field (reference, unit, names, facts, journal)…</source>
        <translation>Search every field (reference, unit, names, facts, journal)…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Overdue cases only</source>
        <translation>Overdue cases only</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Type &amp;group %1 of your recovery key</source>
        <translation>Type &amp;group %1 of your recovery key</translation>
    </message>
    <message>
        <source>Creating the vault: measuring this computer to set the cost of guessing your passphrase (a few seconds)…</source>
        <translation>Creating the vault: measuring this computer to set the cost of guessing your passphrase (a few seconds)…</translation>
    </message>
    <message>
        <source>This is not group %1. Look at the key you kept.</source>
        <translation>This is not group %1. Look at the key you kept.</translation>
    </message>
    <message>
        <source>Hospital Mediation — recovery key</source>
        <translation>Hospital Mediation — recovery key</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this sheet away from the computer. Anyone who has it can open the vault.

Vault: %1</source>
        <translation>This key opens your vault if you forget your passphrase. Keep this sheet away from the computer. Anyone who has it can open the vault.

Vault: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>New vault — Hospital Mediation</source>
        <translation>New vault — Hospital Mediation</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Your cases will be kept in a vault: one encrypted file on this computer, that only your passphrase (or your recovery key) opens.</source>
        <translation>Your cases will be kept in a vault: one encrypted file on this computer, that only your passphrase (or your recovery key) opens.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you export it. Nobody, not even the authors of this application, can open the vault without your passphrase or your recovery key.</source>
        <translation>Nothing leaves this computer unless you export it. Nobody, not even the authors of this application, can open the vault without your passphrase or your recovery key.</translation>
    </message>
    <message>
        <source>&amp;Where to keep the vault</source>
        <translation>&amp;Where to keep the vault</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Vault location</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation>Choose the vault location</translation>
    </message>
    <message>
        <source>Your &amp;name (as other members would see it)</source>
        <translation>Your &amp;name (as other members would see it)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your &amp;organisation (optional: union, association, unit)</source>
        <translation>Your &amp;organisation (optional: union, association, unit)</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Several unrelated words are strong and easy to remember. You will type it each time you open the vault.</source>
        <translation>Several unrelated words are strong and easy to remember. You will type it each time you open the vault.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Type it again</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>If you forget your passphrase, this key is the only way back into the vault. It is shown only now.</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, and keep it away from this computer (at home, with your union representative, in a safe). Anyone who has it can open your vault.</source>
        <translation>Print it or save it as a PDF, and keep it away from this computer (at home, with your union representative, in a safe). Anyone who has it can open your vault.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF</source>
        <translation>Save the recovery key as a PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>I have &amp;kept my recovery key somewhere safe</source>
        <translation>I have &amp;kept my recovery key somewhere safe</translation>
    </message>
    <message>
        <source>I have kept my recovery key</source>
        <translation>I have kept my recovery key</translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation>Check your recovery key</translation>
    </message>
    <message>
        <source>To be sure it was kept, type one of its groups.</source>
        <translation>To be sure it was kept, type one of its groups.</translation>
    </message>
    <message>
        <source>Group of the recovery key</source>
        <translation>Group of the recovery key</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Referred to mediation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Moral harassment</source>
        <translation>Moral harassment</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Sexual harassment</translation>
    </message>
    <message>
        <source>Sexist act</source>
        <translation>Sexist act</translation>
    </message>
    <message>
        <source>Workplace conflict</source>
        <translation>Workplace conflict</translation>
    </message>
    <message>
        <source>Level 1: insults, provocation, remarks</source>
        <translation>Level 1: insults, provocation, remarks</translation>
    </message>
    <message>
        <source>Level 2: threats</source>
        <translation>Level 2: threats</translation>
    </message>
    <message>
        <source>Level 3: physical violence</source>
        <translation>Level 3: physical violence</translation>
    </message>
    <message>
        <source>Level 4: armed or sexual violence, sequestration</source>
        <translation>Level 4: armed or sexual violence, sequestration</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Not substantiated</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>Redirected to another authority</source>
        <translation>Redirected to another authority</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Disciplinary proceedings</source>
        <translation>Disciplinary proceedings</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>Judicial proceedings</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Mediator's acknowledgement</source>
        <translation>Mediator's acknowledgement</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>met late</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Between staff</source>
        <translation>Between staff</translation>
    </message>
    <message>
        <source>From outside (patients, visitors)</source>
        <translation>From outside (patients, visitors)</translation>
    </message>
    <message>
        <source>Presumed author</source>
        <translation>Presumed author</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Nursing assistant</source>
        <translation>Nursing assistant</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Midwife</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Medical technician</source>
        <translation>Medical technician</translation>
    </message>
    <message>
        <source>Rehabilitation professional</source>
        <translation>Rehabilitation professional</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation>Administrative staff</translation>
    </message>
    <message>
        <source>Technical staff</source>
        <translation>Technical staff</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation>Hospital Mediation</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Section content</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <source>Start a new report (Ctrl+N)</source>
        <translation>Start a new report (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>&amp;Hide now</translation>
    </message>
    <message>
        <source>Hide every window at once and lock (Ctrl+Shift+H)</source>
        <translation>Hide every window at once and lock (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <source>Repeated characters are easy to guess.</source>
        <translation>Repeated characters are easy to guess.</translation>
    </message>
    <message>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Sequences like abc or 6543 are easy to guess.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Dates are easy to guess.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords.</source>
        <translation>This is one of the most common passwords.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <source>This is close to a common password.</source>
        <translation>This is close to a common password.</translation>
    </message>
    <message>
        <source>A single word is easy to guess: add more words.</source>
        <translation>A single word is easy to guess: add more words.</translation>
    </message>
    <message>
        <source>Names on their own are easy to guess.</source>
        <translation>Names on their own are easy to guess.</translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation>Common names are easy to guess.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second, on purpose)</source>
        <translation>Unlocking… (this takes about a second, on purpose)</translation>
    </message>
    <message>
        <source>Wait %1 seconds before trying again.</source>
        <translation>Wait %1 seconds before trying again.</translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation>Hospital Mediation</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unlocking in progress</source>
        <translation>Unlocking in progress</translation>
    </message>
    <message>
        <source>I &amp;lost my passphrase…</source>
        <translation>I &amp;lost my passphrase…</translation>
    </message>
    <message>
        <source>I lost my passphrase</source>
        <translation>I lost my passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
</TS>