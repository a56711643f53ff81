<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Decrypting the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) could not be read: run a verification.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every field (reference, unit, names, facts, journal)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Type &amp;group %1 of your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault: measuring this computer to set the cost of guessing your passphrase (a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not group %1. Look at the key you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital Mediation — recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this sheet away from the computer. Anyone who has it can open the vault.

Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault — Hospital Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases will be kept in a vault: one encrypted file on this computer, that only your passphrase (or your recovery key) opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you export it. Nobody, not even the authors of this application, can open the vault without your passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (as other members would see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;organisation (optional: union, association, unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words are strong and easy to remember. You will type it each time you open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, and keep it away from this computer (at home, with your union representative, in a safe). Anyone who has it can open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept my recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure it was kept, type one of its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moral harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexist act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1: insults, provocation, remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2: threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3: physical violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 4: armed or sexual violence, sequestration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to another authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator&apos;s acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From outside (patients, visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presumed author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every window at once and lock (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is close to a common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single word is easy to guess: add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names on their own are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second, on purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;lost my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I lost my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
