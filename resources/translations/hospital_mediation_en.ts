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
            <numerusform>%n case could not be read: run a verification.</numerusform>
            <numerusform>%n cases could not be read: run a verification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start or continue a report</source>
        <translation>Start or continue a report</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>Start a new report</translation>
    </message>
    <message>
        <source>Continue the draft saved on %1</source>
        <translation>Continue the draft saved on %1</translation>
    </message>
    <message>
        <source>Report %1 filed.</source>
        <translation>Report %1 filed.</translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation>Hospital Mediation</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Select a file to preview it.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Open with another program…” or “Export…” to see it.</source>
        <translation>No preview for this kind of file. Use “Open with another program…” or “Export…” to see it.</translation>
    </message>
    <message>
        <source>No preview: this file is larger than %1. Use “Open with another program…” or “Export…” to see it.</source>
        <translation>No preview: this file is larger than %1. Use “Open with another program…” or “Export…” to see it.</translation>
    </message>
    <message>
        <source>Decrypting the preview…</source>
        <translation>Decrypting the preview…</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>The preview failed.</translation>
    </message>
    <message>
        <source>This image cannot be read (damaged, or a format this computer cannot show).</source>
        <translation>This image cannot be read (damaged, or a format this computer cannot show).</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>This PDF cannot be shown here (damaged, or protected by a password).</source>
        <translation>This PDF cannot be shown here (damaged, or protected by a password).</translation>
    </message>
    <message>
        <source>[Only the first %1 are shown.]</source>
        <translation>[Only the first %1 are shown.]</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file; it was not added.</source>
        <translation>%1 is not a file; it was not added.</translation>
    </message>
    <message>
        <source>%1 is larger than the attachment size limit (%2); it was not added.</source>
        <translation>%1 is larger than the attachment size limit (%2); it was not added.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <source>Encrypting %1</source>
        <translation>Encrypting %1</translation>
    </message>
    <message>
        <source>%1 was exported. This copy is NOT encrypted: anyone who can open it can read it. Delete it when you no longer need it.</source>
        <translation>%1 was exported. This copy is NOT encrypted: anyone who can open it can read it. Delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>%1 was added (%2). SHA-256: %3</source>
        <translation>%1 was added (%2). SHA-256: %3</translation>
    </message>
    <message>
        <source>%1 was not exported:</source>
        <translation>%1 was not exported:</translation>
    </message>
    <message>
        <source>%1 was not added:</source>
        <translation>%1 was not added:</translation>
    </message>
    <message>
        <source>Files to encrypt into the vault</source>
        <translation>Files to encrypt into the vault</translation>
    </message>
    <message>
        <source>Export a readable copy: anyone who can open the exported file can read it</source>
        <translation>Export a readable copy: anyone who can open the exported file can read it</translation>
    </message>
    <message>
        <source>Open with another program</source>
        <translation>Open with another program</translation>
    </message>
    <message>
        <source>To open %1 with another program, a decrypted copy is written to a private temporary folder on this computer. It exists on disk while the program uses it, and that program may keep its own copies (recent files, autosave).

The temporary copy is overwritten and deleted when the vault locks or the application closes.

Open it?</source>
        <translation>To open %1 with another program, a decrypted copy is written to a private temporary folder on this computer. It exists on disk while the program uses it, and that program may keep its own copies (recent files, autosave).

The temporary copy is overwritten and deleted when the vault locks or the application closes.

Open it?</translation>
    </message>
    <message>
        <source>Decrypting %1 to a temporary file…</source>
        <translation>Decrypting %1 to a temporary file…</translation>
    </message>
    <message>
        <source>%1 was opened with another program. The temporary copy will be deleted when the vault locks or the application closes.</source>
        <translation>%1 was opened with another program. The temporary copy will be deleted when the vault locks or the application closes.</translation>
    </message>
    <message>
        <source>No program is set up to open this kind of file; the temporary copy was deleted.</source>
        <translation>No program is set up to open this kind of file; the temporary copy was deleted.</translation>
    </message>
    <message>
        <source>The file could not be opened:</source>
        <translation>The file could not be opened:</translation>
    </message>
    <message>
        <source>SHA-256 of %1 copied; it is cleared from the clipboard after 30 seconds.</source>
        <translation>SHA-256 of %1 copied; it is cleared from the clipboard after 30 seconds.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Encrypt files into the vault (you can also drop them here)</source>
        <translation>Encrypt files into the vault (you can also drop them here)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write a readable, unencrypted copy of the selected file where you choose</source>
        <translation>Write a readable, unencrypted copy of the selected file where you choose</translation>
    </message>
    <message>
        <source>Export the selected file</source>
        <translation>Export the selected file</translation>
    </message>
    <message>
        <source>&amp;Open with another program…</source>
        <translation>&amp;Open with another program…</translation>
    </message>
    <message>
        <source>Decrypt the selected file to a temporary file and open it with the program your system uses for it</source>
        <translation>Decrypt the selected file to a temporary file and open it with the program your system uses for it</translation>
    </message>
    <message>
        <source>Open the selected file with another program</source>
        <translation>Open the selected file with another program</translation>
    </message>
    <message>
        <source>Drop files here to attach them. They are encrypted into the vault; the originals stay where they are.</source>
        <translation>Drop files here to attach them. They are encrypted into the vault; the originals stay where they are.</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Files being added</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <source>The fingerprint of the file recorded when it was added; checked again every time it is decrypted</source>
        <translation>The fingerprint of the file recorded when it was added; checked again every time it is decrypted</translation>
    </message>
    <message>
        <source>SHA-256 of the selected file</source>
        <translation>SHA-256 of the selected file</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copy SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected file</source>
        <translation>Copy the SHA-256 of the selected file</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Preview message</translation>
    </message>
    <message>
        <source>Decrypting the preview</source>
        <translation>Decrypting the preview</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Image preview</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Text preview</translation>
    </message>
</context>
<context>
    <name>CaseDetailWindow</name>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Not classified yet</translation>
    </message>
    <message>
        <source>Not graded (does not apply)</source>
        <translation>Not graded (does not apply)</translation>
    </message>
    <message>
        <source>Reloaded: this is the case as saved in the vault now.</source>
        <translation>Reloaded: this is the case as saved in the vault now.</translation>
    </message>
    <message>
        <source>Case %1[*] — Hospital Mediation</source>
        <translation>Case %1[*] — Hospital Mediation</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>not classified yet</source>
        <translation>not classified yet</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>not graded</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>No deadline yet: the report has not been filed.</source>
        <translation>No deadline yet: the report has not been filed.</translation>
    </message>
    <message>
        <source>No deadline: the case is closed.</source>
        <translation>No deadline: the case is closed.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (due on %4)</source>
        <translation>%1: %2 on %3 (due on %4)</translation>
    </message>
    <message>
        <source>%1: due on %2 — %3</source>
        <translation>%1: due on %2 — %3</translation>
    </message>
    <message>
        <source>Move the case to: %1</source>
        <translation>Move the case to: %1</translation>
    </message>
    <message>
        <source>Re&amp;open the case…</source>
        <translation>Re&amp;open the case…</translation>
    </message>
    <message>
        <source>Start the re&amp;view…</source>
        <translation>Start the re&amp;view…</translation>
    </message>
    <message>
        <source>Back to re&amp;view…</source>
        <translation>Back to re&amp;view…</translation>
    </message>
    <message>
        <source>File the report…</source>
        <translation>File the report…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the report…</source>
        <translation>&amp;Acknowledge the report…</translation>
    </message>
    <message>
        <source>Move to orient&amp;ation…</source>
        <translation>Move to orient&amp;ation…</translation>
    </message>
    <message>
        <source>Move to &amp;measures…</source>
        <translation>Move to &amp;measures…</translation>
    </message>
    <message>
        <source>Refer to me&amp;diation…</source>
        <translation>Refer to me&amp;diation…</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>&amp;Close the case…</translation>
    </message>
    <message>
        <source>An anonymous report cannot name its reporter or give their contact: clear them, or untick “Anonymous report”. Nothing was saved.</source>
        <translation>An anonymous report cannot name its reporter or give their contact: clear them, or untick “Anonymous report”. Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The feedback to the reporter was recorded.</source>
        <translation>The feedback to the reporter was recorded.</translation>
    </message>
    <message>
        <source>The case is now “%1”.</source>
        <translation>The case is now “%1”.</translation>
    </message>
    <message>
        <source>Unsaved changes — Hospital Mediation</source>
        <translation>Unsaved changes — Hospital Mediation</translation>
    </message>
    <message>
        <source>The report of this case has changes that are not saved.</source>
        <translation>The report of this case has changes that are not saved.</translation>
    </message>
    <message>
        <source>Case[*] — Hospital Mediation</source>
        <translation>Case[*] — Hospital Mediation</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Status of the case</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Re&amp;load the case</source>
        <translation>Re&amp;load the case</translation>
    </message>
    <message>
        <source>Reload the case as saved by someone else</source>
        <translation>Reload the case as saved by someone else</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Sections of the case</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Report received on</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <source>Feedback given on</source>
        <translation>Feedback given on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>ONVS level</source>
        <translation>ONVS level</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>Channel of the report</source>
        <translation>Channel of the report</translation>
    </message>
    <message>
        <source>The reporter is the</source>
        <translation>The reporter is the</translation>
    </message>
    <message>
        <source>The reporter is the victim or a witness</source>
        <translation>The reporter is the victim or a witness</translation>
    </message>
    <message>
        <source>Ori&amp;gin of the violence</source>
        <translation>Ori&amp;gin of the violence</translation>
    </message>
    <message>
        <source>Origin of the violence</source>
        <translation>Origin of the violence</translation>
    </message>
    <message>
        <source>&amp;Anonymous report (no acknowledgement is owed)</source>
        <translation>&amp;Anonymous report (no acknowledgement is owed)</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>Anonymous report</translation>
    </message>
    <message>
        <source>Reporting person</source>
        <translation>Reporting person</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name of the reporter</source>
        <translation>Name of the reporter</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact of the reporter</source>
        <translation>Contact of the reporter</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Profession of the reporter</source>
        <translation>Profession of the reporter</translation>
    </message>
    <message>
        <source>Their unit</source>
        <translation>Their unit</translation>
    </message>
    <message>
        <source>Unit of the reporter</source>
        <translation>Unit of the reporter</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Un&amp;it</source>
        <translation>Un&amp;it</translation>
    </message>
    <message>
        <source>Division (pôle)</source>
        <translation>Division (pôle)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>Summar&amp;y</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>ONVS le&amp;vel</source>
        <translation>ONVS le&amp;vel</translation>
    </message>
    <message>
        <source>ONVS severity level</source>
        <translation>ONVS severity level</translation>
    </message>
    <message>
        <source>The ONVS grades attacks on persons from 1 (insults) to 4 (armed or sexual violence, sequestration). Leave it empty when it does not apply.</source>
        <translation>The ONVS grades attacks on persons from 1 (insults) to 4 (armed or sexual violence, sequestration). Leave it empty when it does not apply.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Date of the &amp;facts</source>
        <translation>Date of the &amp;facts</translation>
    </message>
    <message>
        <source>The date of the facts is known</source>
        <translation>The date of the facts is known</translation>
    </message>
    <message>
        <source>Date of the facts</source>
        <translation>Date of the facts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>The time of the facts is known</source>
        <translation>The time of the facts is known</translation>
    </message>
    <message>
        <source>Time of the facts</source>
        <translation>Time of the facts</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Place of the facts</source>
        <translation>Place of the facts</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <translation>Description of the facts</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Circumstances of the facts</source>
        <translation>Circumstances of the facts</translation>
    </message>
    <message>
        <source>The facts are repeated</source>
        <translation>The facts are repeated</translation>
    </message>
    <message>
        <source>First occurrence</source>
        <translation>First occurrence</translation>
    </message>
    <message>
        <source>The date of the first occurrence is known</source>
        <translation>The date of the first occurrence is known</translation>
    </message>
    <message>
        <source>Date of the first occurrence</source>
        <translation>Date of the first occurrence</translation>
    </message>
    <message>
        <source>Impact — health data</source>
        <translation>Impact — health data</translation>
    </message>
    <message>
        <source>Health data (GDPR art. 9): record only what the handling of the case needs.</source>
        <translation>Health data (GDPR art. 9): record only what the handling of the case needs.</translation>
    </message>
    <message>
        <source>&amp;Effects on health</source>
        <translation>&amp;Effects on health</translation>
    </message>
    <message>
        <source>Effects on health (health data)</source>
        <translation>Effects on health (health data)</translation>
    </message>
    <message>
        <source>Sic&amp;k leave</source>
        <translation>Sic&amp;k leave</translation>
    </message>
    <message>
        <source>Sick leave (health data)</source>
        <translation>Sick leave (health data)</translation>
    </message>
    <message>
        <source>number of days not given</source>
        <translation>number of days not given</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days of sick leave</source>
        <translation>Days of sick leave</translation>
    </message>
    <message>
        <source>Declared as a work accident</source>
        <translation>Declared as a work accident</translation>
    </message>
    <message>
        <source>Declared as a work accident (health data)</source>
        <translation>Declared as a work accident (health data)</translation>
    </message>
    <message>
        <source>ITT (days of total incapacity)</source>
        <translation>ITT (days of total incapacity)</translation>
    </message>
    <message>
        <source>Days of total incapacity for work (health data)</source>
        <translation>Days of total incapacity for work (health data)</translation>
    </message>
    <message>
        <source>Actions and expectations</source>
        <translation>Actions and expectations</translation>
    </message>
    <message>
        <source>Actions already taken</source>
        <translation>Actions already taken</translation>
    </message>
    <message>
        <source>E&amp;xpectations</source>
        <translation>E&amp;xpectations</translation>
    </message>
    <message>
        <source>Expectations of the reporter</source>
        <translation>Expectations of the reporter</translation>
    </message>
    <message>
        <source>Facilitator (union, association)</source>
        <translation>Facilitator (union, association)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>Persons concerned by the facts and witnesses. Names are optional; what is said of a person concerned is presumed. Edit a cell with F2 or a double click; tick with Space. Saved with the report.</source>
        <translation>Persons concerned by the facts and witnesses. Names are optional; what is said of a person concerned is presumed. Edit a cell with F2 or a double click; tick with Space. Saved with the report.</translation>
    </message>
    <message>
        <source>Persons concerned and witnesses</source>
        <translation>Persons concerned and witnesses</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Add a person</translation>
    </message>
    <message>
        <source>Add a person concerned or a witness</source>
        <translation>Add a person concerned or a witness</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of the workflow</source>
        <translation>History of the workflow</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Record &amp;feedback to the reporter…</source>
        <translation>Record &amp;feedback to the reporter…</translation>
    </message>
    <message>
        <source>Record the feedback given to the reporter</source>
        <translation>Record the feedback given to the reporter</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>Follow-&amp;up</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>Add n&amp;ote…</translation>
    </message>
    <message>
        <source>Orientations, measures, notes and exchanges</source>
        <translation>Orientations, measures, notes and exchanges</translation>
    </message>
    <message>
        <source>Add orie&amp;ntation…</source>
        <translation>Add orie&amp;ntation…</translation>
    </message>
    <message>
        <source>Add an orientation towards a support service or an authority</source>
        <translation>Add an orientation towards a support service or an authority</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Add &amp;measure…</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Add a measure</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Add e&amp;xchange…</source>
        <translation>Add e&amp;xchange…</translation>
    </message>
    <message>
        <source>Add an exchange with the reporter</source>
        <translation>Add an exchange with the reporter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the report and the parties (Ctrl+S)</source>
        <translation>Save the report and the parties (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the report and the parties</source>
        <translation>Save the report and the parties</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the case (Ctrl+W)</source>
        <translation>Close the case (Ctrl+W)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
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
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
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
        <source>O&amp;verdue only</source>
        <translation>O&amp;verdue only</translation>
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
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>ONVS</source>
        <translation>ONVS</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
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
        <source>Cancel deletes the new vault: it holds nothing yet, and its recovery key was not kept.</source>
        <translation>Cancel deletes the new vault: it holds nothing yet, and its recovery key was not kept.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>Vaults (*.hmv)</source>
        <translation>Vaults (*.hmv)</translation>
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
        <source>Your na&amp;me (as other members would see it)</source>
        <translation>Your na&amp;me (as other members would see it)</translation>
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
    <name>DeadlinesPage</name>
    <message>
        <source>%1 overdue, %2 due within %3 days</source>
        <translation>%1 overdue, %2 due within %3 days</translation>
    </message>
    <message>
        <source>No deadline overdue or due within %1 days.</source>
        <translation>No deadline overdue or due within %1 days.</translation>
    </message>
    <message>
        <source>Legal deadlines overdue or due soon: the acknowledgement of a report within 7 working days, the feedback to the reporter within 3 months.</source>
        <translation>Legal deadlines overdue or due soon: the acknowledgement of a report within 7 working days, the feedback to the reporter within 3 months.</translation>
    </message>
    <message>
        <source>Deadlines overdue and due soon</source>
        <translation>Deadlines overdue and due soon</translation>
    </message>
    <message>
        <source>Cases with a deadline overdue or due soon</source>
        <translation>Cases with a deadline overdue or due soon</translation>
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
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case %1 for good?</source>
        <translation>Delete case %1 for good?</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the reference of the case: %1</source>
        <translation>To confirm, &amp;type the reference of the case: %1</translation>
    </message>
    <message>
        <source>Delete a case for good</source>
        <translation>Delete a case for good</translation>
    </message>
    <message>
        <source>&lt;p&gt;The case and everything in it (the report, the journal, the attachments, the notes) are destroyed &lt;b&gt;for good&lt;/b&gt;: the key that opened them is erased from this vault, which can never open them again. A copy or backup of the vault made before the deletion still holds them: delete or replace those copies too.&lt;/p&gt;&lt;p&gt;Only an anonymous line stays, for statistics: the month the case was opened, its category, its ONVS level, the unit and the outcome. No name, no text, no reference.&lt;/p&gt;&lt;p&gt;The deletion is recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The case and everything in it (the report, the journal, the attachments, the notes) are destroyed &lt;b&gt;for good&lt;/b&gt;: the key that opened them is erased from this vault, which can never open them again. A copy or backup of the vault made before the deletion still holds them: delete or replace those copies too.&lt;/p&gt;&lt;p&gt;Only an anonymous line stays, for statistics: the month the case was opened, its category, its ONVS level, the unit and the outcome. No name, no text, no reference.&lt;/p&gt;&lt;p&gt;The deletion is recorded in the audit log.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What deleting a case does</source>
        <translation>What deleting a case does</translation>
    </message>
    <message>
        <source>Reference of the case, typed to confirm</source>
        <translation>Reference of the case, typed to confirm</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>&amp;Keep the case</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Keep the case</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Delete for good</translation>
    </message>
    <message>
        <source>Delete the case for good</source>
        <translation>Delete the case for good</translation>
    </message>
</context>
<context>
    <name>DirectoryTableModel</name>
    <message>
        <source>Service or authority</source>
        <translation>Service or authority</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Supports the person: occupational health, psychologist, listening cell…</source>
        <translation>Supports the person: occupational health, psychologist, listening cell…</translation>
    </message>
    <message>
        <source>Competent to protect or to handle: functional protection, administrative inquiry…</source>
        <translation>Competent to protect or to handle: functional protection, administrative inquiry…</translation>
    </message>
</context>
<context>
    <name>DueDeletionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Deletion due on</source>
        <translation>Deletion due on</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>Date of the &amp;event</source>
        <translation>Date of the &amp;event</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <source>Date &amp;unknown</source>
        <translation>Date &amp;unknown</translation>
    </message>
    <message>
        <source>The date of the event is unknown</source>
        <translation>The date of the event is unknown</translation>
    </message>
    <message>
        <source>&amp;What happened (who, where, what was said or done, witnesses)</source>
        <translation>&amp;What happened (who, where, what was said or done, witnesses)</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Text of the entry</translation>
    </message>
    <message>
        <source>&amp;Files to attach (encrypted into the vault with the entry)</source>
        <translation>&amp;Files to attach (encrypted into the vault with the entry)</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add files to attach</source>
        <translation>Add files to attach</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Remove the selected files from the list</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>New journal entry</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>The time you record this entry is set by the application and sealed: it cannot be changed later. Write what you remember now; you can add a new version later, and this one will stay.</source>
        <translation>The time you record this entry is set by the application and sealed: it cannot be changed later. Write what you remember now; you can add a new version later, and this one will stay.</translation>
    </message>
    <message>
        <source>New version of a journal entry</source>
        <translation>New version of a journal entry</translation>
    </message>
    <message>
        <source>&amp;Record the new version</source>
        <translation>&amp;Record the new version</translation>
    </message>
    <message>
        <source>You are writing a new version of the entry recorded on %1. The earlier version stays in the journal, marked as superseded, with its own seal.</source>
        <translation>You are writing a new version of the entry recorded on %1. The earlier version stays in the journal, marked as superseded, with its own seal.</translation>
    </message>
    <message>
        <source>%1 (already in the vault)</source>
        <translation>%1 (already in the vault)</translation>
    </message>
    <message>
        <source>Files to attach to the entry</source>
        <translation>Files to attach to the entry</translation>
    </message>
    <message>
        <source>Write what happened before recording the entry.</source>
        <translation>Write what happened before recording the entry.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a case…</source>
        <translation>Choose a case…</translation>
    </message>
    <message>
        <source>no unit yet</source>
        <translation>no unit yet</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Creating the journal…</translation>
    </message>
    <message>
        <source>Journal %1 started. It is a draft: nobody else sees it, and it is not a report until you file one.</source>
        <translation>Journal %1 started. It is a draft: nobody else sees it, and it is not a report until you file one.</translation>
    </message>
    <message>
        <source>Evidence journal</source>
        <translation>Evidence journal</translation>
    </message>
    <message>
        <source>Record now, report later: write down what happens, when it happens. Each entry keeps the date of the event and the time you recorded it, sealed by the application. A journal stays a draft, seen by no one, until you file a report.</source>
        <translation>Record now, report later: write down what happens, when it happens. Each entry keeps the date of the event and the time you recorded it, sealed by the application. A journal stays a draft, seen by no one, until you file a report.</translation>
    </message>
    <message>
        <source>&amp;Journal of</source>
        <translation>&amp;Journal of</translation>
    </message>
    <message>
        <source>Case whose journal is shown</source>
        <translation>Case whose journal is shown</translation>
    </message>
    <message>
        <source>&amp;Start a new journal</source>
        <translation>&amp;Start a new journal</translation>
    </message>
    <message>
        <source>Create a draft case for this journal; it is not filed until you file a report</source>
        <translation>Create a draft case for this journal; it is not filed until you file a report</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Start a new journal</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Open the case of this journal</source>
        <translation>Open the case of this journal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Choose a case above, or start a new journal.</source>
        <translation>Choose a case above, or start a new journal.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Select an entry to read it in full.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Recorded: %1 (set by the application, cannot be changed)</source>
        <translation>Recorded: %1 (set by the application, cannot be changed)</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1</source>
        <translation>Sealed in audit entry %1</translation>
    </message>
    <message>
        <source>Superseded by the version recorded on %1</source>
        <translation>Superseded by the version recorded on %1</translation>
    </message>
    <message>
        <source>%1 (%2) SHA-256 %3</source>
        <translation>%1 (%2) SHA-256 %3</translation>
    </message>
    <message>
        <source>a file no longer in the vault</source>
        <translation>a file no longer in the vault</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <source>Recording the entry…</source>
        <translation>Recording the entry…</translation>
    </message>
    <message>
        <source>Recorded at %1.</source>
        <translation>Recorded at %1.</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1.</source>
        <translation>Sealed in audit entry %1.</translation>
    </message>
    <message>
        <source>The entry was not recorded:</source>
        <translation>The entry was not recorded:</translation>
    </message>
    <message>
        <source>Evidence journal</source>
        <translation>Evidence journal</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <source>Record what happened; the time of recording is set and sealed by the application</source>
        <translation>Record what happened; the time of recording is set and sealed by the application</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>New journal entry</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Write a new version of the selected entry; the earlier version stays visible</source>
        <translation>Write a new version of the selected entry; the earlier version stays visible</translation>
    </message>
    <message>
        <source>Write a new version of the selected entry</source>
        <translation>Write a new version of the selected entry</translation>
    </message>
    <message>
        <source>Recording the entry</source>
        <translation>Recording the entry</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <source>Dates and seal of the selected entry</source>
        <translation>Dates and seal of the selected entry</translation>
    </message>
    <message>
        <source>&amp;Full text</source>
        <translation>&amp;Full text</translation>
    </message>
    <message>
        <source>Full text of the selected entry</source>
        <translation>Full text of the selected entry</translation>
    </message>
    <message>
        <source>Files attached to the selected entry</source>
        <translation>Files attached to the selected entry</translation>
    </message>
    <message>
        <source>&amp;Versions of this entry (the original first)</source>
        <translation>&amp;Versions of this entry (the original first)</translation>
    </message>
    <message>
        <source>Versions of the selected entry</source>
        <translation>Versions of the selected entry</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Superseded (version %1)</source>
        <translation>Superseded (version %1)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1</source>
        <translation>Sealed in audit entry %1</translation>
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
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault.</source>
        <translation>This recovery key does not open the vault.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key looks mistyped.</source>
        <translation>Group %1 of the recovery key looks mistyped.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 13 groups of 5 letters and digits.</source>
        <translation>This is not a recovery key: it has 13 groups of 5 letters and digits.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 10 characters, several words are easiest.</source>
        <translation>This passphrase is too short: use at least 10 characters, several words are easiest.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>The vault is already open in %1. Close it there first.</source>
        <translation>The vault is already open in %1. Close it there first.</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing it. Your changes were not saved: reload and apply them again.</source>
        <translation>Someone else saved this while you were editing it. Your changes were not saved: reload and apply them again.</translation>
    </message>
    <message>
        <source>There is no vault at this place.</source>
        <translation>There is no vault at this place.</translation>
    </message>
    <message>
        <source>This file is not a Hospital Mediation vault.</source>
        <translation>This file is not a Hospital Mediation vault.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Hospital Mediation. Install the latest version.</source>
        <translation>This vault was made by a newer version of Hospital Mediation. Install the latest version.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
    <message>
        <source>This step is not possible now.</source>
        <translation>This step is not possible now.</translation>
    </message>
    <message>
        <source>Something in the form cannot be saved.</source>
        <translation>Something in the form cannot be saved.</translation>
    </message>
    <message>
        <source>The key slot of this vault is damaged or was altered. Use your recovery key.</source>
        <translation>The key slot of this vault is damaged or was altered. Use your recovery key.</translation>
    </message>
    <message>
        <source>The vault failed an integrity check: something was altered or damaged. Nothing was written. Keep a copy of the file and run a full verification.</source>
        <translation>The vault failed an integrity check: something was altered or damaged. Nothing was written. Keep a copy of the file and run a full verification.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Nothing was written.</source>
        <translation>Something unexpected went wrong (%1). Nothing was written.</translation>
    </message>
    <message>
        <source>A case cannot move from “%1” to “%2”; from “%1” it can move to: %3.</source>
        <translation>A case cannot move from “%1” to “%2”; from “%1” it can move to: %3.</translation>
    </message>
    <message>
        <source>Moving a case from “%1” to “%2” needs a reason.</source>
        <translation>Moving a case from “%1” to “%2” needs a reason.</translation>
    </message>
    <message>
        <source>Closing a case needs an outcome.</source>
        <translation>Closing a case needs an outcome.</translation>
    </message>
    <message>
        <source>Only closing a case takes an outcome.</source>
        <translation>Only closing a case takes an outcome.</translation>
    </message>
    <message>
        <source>Acknowledge the report first: the reporter is owed a written acknowledgement within 7 working days (only an anonymous report goes straight to review).</source>
        <translation>Acknowledge the report first: the reporter is owed a written acknowledgement within 7 working days (only an anonymous report goes straight to review).</translation>
    </message>
    <message>
        <source>The date of this step (%1) is in the future.</source>
        <translation>The date of this step (%1) is in the future.</translation>
    </message>
    <message>
        <source>The date of this step (%1) is before the report was received (%2).</source>
        <translation>The date of this step (%1) is before the report was received (%2).</translation>
    </message>
    <message>
        <source>The feedback date (%1) is in the future.</source>
        <translation>The feedback date (%1) is in the future.</translation>
    </message>
    <message>
        <source>The feedback date (%1) is before the report was received (%2).</source>
        <translation>The feedback date (%1) is before the report was received (%2).</translation>
    </message>
    <message>
        <source>A draft has not been filed: there is no feedback to record yet.</source>
        <translation>A draft has not been filed: there is no feedback to record yet.</translation>
    </message>
    <message>
        <source>Line %1 of the directory of services and authorities has no name.</source>
        <translation>Line %1 of the directory of services and authorities has no name.</translation>
    </message>
    <message>
        <source>An anonymous report cannot name its reporter or give their contact.</source>
        <translation>An anonymous report cannot name its reporter or give their contact.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Hierarchical superior</source>
        <translation>Hierarchical superior</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
    <message>
        <source>Too short: at least %1 characters. Several unrelated words are easiest to remember.</source>
        <translation>Too short: at least %1 characters. Several unrelated words are easiest to remember.</translation>
    </message>
    <message>
        <source>Very weak.</source>
        <translation>Very weak.</translation>
    </message>
    <message>
        <source>Weak.</source>
        <translation>Weak.</translation>
    </message>
    <message>
        <source>Fair, but easy to guess with a computer.</source>
        <translation>Fair, but easy to guess with a computer.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>%1 — Hospital Mediation</source>
        <translation>%1 — Hospital Mediation</translation>
    </message>
    <message>
        <source>New orientation</source>
        <translation>New orientation</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New exchange with the reporter</source>
        <translation>New exchange with the reporter</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Support services</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Authorities</translation>
    </message>
    <message>
        <source>&amp;Directed to</source>
        <translation>&amp;Directed to</translation>
    </message>
    <message>
        <source>Service or authority the person was directed to</source>
        <translation>Service or authority the person was directed to</translation>
    </message>
    <message>
        <source>Choose from the directory or type…</source>
        <translation>Choose from the directory or type…</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Choose or type the service or authority the person was directed to.</source>
        <translation>Choose or type the service or authority the person was directed to.</translation>
    </message>
    <message>
        <source>Write a title or a text first.</source>
        <translation>Write a title or a text first.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Apply your changes again, then save.</source>
        <translation>This is the version saved by someone else. Apply your changes again, then save.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Follow-up — Hospital Mediation</source>
        <translation>Follow-up — Hospital Mediation</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>The record has a date</source>
        <translation>The record has a date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Choose a support service or an authority from the directory (edited in Settings), or type another.</source>
        <translation>Choose a support service or an authority from the directory (edited in Settings), or type another.</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Reload the version saved by someone else</source>
        <translation>Reload the version saved by someone else</translation>
    </message>
    <message>
        <source>Saving in progress</source>
        <translation>Saving in progress</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Save or cancel</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set the new passphrase</source>
        <translation>Set the new passphrase</translation>
    </message>
    <message>
        <source>Lost passphrase — Hospital Mediation</source>
        <translation>Lost passphrase — Hospital Mediation</translation>
    </message>
    <message>
        <source>Type the recovery key you kept when the vault was created, then choose a new passphrase. Your cases stay as they are.</source>
        <translation>Type the recovery key you kept when the vault was created, then choose a new passphrase. Your cases stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Recovery key (13 groups of 5)</source>
        <translation>&amp;Recovery key (13 groups of 5)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Type it again</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>Setting the new passphrase</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirm or cancel</translation>
    </message>
</context>
<context>
    <name>ReportPartyTableModel</name>
    <message>
        <source>Their part in it</source>
        <translation>Their part in it</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Role or job</source>
        <translation>Role or job</translation>
    </message>
    <message>
        <source>Your superior?</source>
        <translation>Your superior?</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <source>Person whose behaviour is reported</source>
        <translation>Person whose behaviour is reported</translation>
    </message>
    <message>
        <source>Person affected</source>
        <translation>Person affected</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Save and continue &amp;later</source>
        <translation>Save and continue &amp;later</translation>
    </message>
    <message>
        <source>Save and continue later</source>
        <translation>Save and continue later</translation>
    </message>
    <message>
        <source>Back to the &amp;review</source>
        <translation>Back to the &amp;review</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <source>&amp;File the report</source>
        <translation>&amp;File the report</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>State of the draft</source>
        <translation>State of the draft</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation>%1 (current step)</translation>
    </message>
    <message>
        <source>%1 (health information)</source>
        <translation>%1 (health information)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a question and its answer, on the review page</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>your superior</source>
        <translation>your superior</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>agrees to be contacted</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>It happened more than once</source>
        <translation>It happened more than once</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation>Where exactly</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Days of sick leave</source>
        <translation>Days of sick leave</translation>
    </message>
    <message>
        <source>Declared as a work accident</source>
        <translation>Declared as a work accident</translation>
    </message>
    <message>
        <source>ITT</source>
        <translation>ITT</translation>
    </message>
    <message>
        <source>Closest kind</source>
        <translation>Closest kind</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>not sure</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Anonymous: no acknowledgement can be sent to you</source>
        <translation>Anonymous: no acknowledgement can be sent to you</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>You are</translation>
    </message>
    <message>
        <source>The report arrives</source>
        <translation>The report arrives</translation>
    </message>
    <message>
        <source>someone who saw or heard it</source>
        <translation>someone who saw or heard it</translation>
    </message>
    <message>
        <source>the person it happened to</source>
        <translation>the person it happened to</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved a moment ago</source>
        <translation>Saved a moment ago</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Opening your draft…</source>
        <translation>Opening your draft…</translation>
    </message>
    <message>
        <source>Draft opened</source>
        <translation>Draft opened</translation>
    </message>
    <message>
        <source>This draft could not be opened, a new one is started: %1</source>
        <translation>This draft could not be opened, a new one is started: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>The draft could not be removed: %1</source>
        <translation>The draft could not be removed: %1</translation>
    </message>
    <message>
        <source>Nothing was lost: your draft is kept.</source>
        <translation>Nothing was lost: your draft is kept.</translation>
    </message>
    <message>
        <source>New report — Hospital Mediation</source>
        <translation>New report — Hospital Mediation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>In your own words. You can stop and come back.</source>
        <translation>In your own words. You can stop and come back.</translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation>&amp;What happened?</translation>
    </message>
    <message>
        <source>&amp;Anything about the circumstances you want to add (what was going on before or after, for example)</source>
        <translation>&amp;Anything about the circumstances you want to add (what was going on before or after, for example)</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. Every question in this report is optional: answer only what you want to.</source>
        <translation>Write as much or as little as you like. Every question in this report is optional: answer only what you want to.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>If you do not remember exactly, that is fine: leave what you do not know.</source>
        <translation>If you do not remember exactly, that is fine: leave what you do not know.</translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation>I know the &amp;date</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>I know the date</translation>
    </message>
    <message>
        <source>I know the &amp;time</source>
        <translation>I know the &amp;time</translation>
    </message>
    <message>
        <source>I know the time</source>
        <translation>I know the time</translation>
    </message>
    <message>
        <source>It happened &amp;more than once</source>
        <translation>It happened &amp;more than once</translation>
    </message>
    <message>
        <source>I know when it first &amp;happened</source>
        <translation>I know when it first &amp;happened</translation>
    </message>
    <message>
        <source>I know when it first happened</source>
        <translation>I know when it first happened</translation>
    </message>
    <message>
        <source>When it first happened</source>
        <translation>When it first happened</translation>
    </message>
    <message>
        <source>If it happened more than once, the date above can be the last time.</source>
        <translation>If it happened more than once, the date above can be the last time.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Where did it take place? Fill in only what you want to.</source>
        <translation>Where did it take place? Fill in only what you want to.</translation>
    </message>
    <message>
        <source>&amp;Where exactly</source>
        <translation>&amp;Where exactly</translation>
    </message>
    <message>
        <source>For example: a corridor, a patient's room, the break room, the car park.</source>
        <translation>For example: a corridor, a patient's room, the break room, the car park.</translation>
    </message>
    <message>
        <source>&amp;Unit or department</source>
        <translation>&amp;Unit or department</translation>
    </message>
    <message>
        <source>Unit or department</source>
        <translation>Unit or department</translation>
    </message>
    <message>
        <source>&amp;Pôle</source>
        <translation>&amp;Pôle</translation>
    </message>
    <message>
        <source>&amp;Establishment</source>
        <translation>&amp;Establishment</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Who was involved</translation>
    </message>
    <message>
        <source>Only if you wish. Names are optional: a role (for example "a night-shift nurse") is enough.</source>
        <translation>Only if you wish. Names are optional: a role (for example "a night-shift nurse") is enough.</translation>
    </message>
    <message>
        <source>&amp;People involved (press F2 to change the selected cell)</source>
        <translation>&amp;People involved (press F2 to change the selected cell)</translation>
    </message>
    <message>
        <source>Press F2 to change the selected cell.</source>
        <translation>Press F2 to change the selected cell.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Add a person</translation>
    </message>
    <message>
        <source>Add a person involved</source>
        <translation>Add a person involved</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <source>Who saw it</source>
        <translation>Who saw it</translation>
    </message>
    <message>
        <source>Did anyone else see or hear what happened? Only if you wish.</source>
        <translation>Did anyone else see or hear what happened? Only if you wish.</translation>
    </message>
    <message>
        <source>&amp;People who saw or heard it (press F2 to change the selected cell)</source>
        <translation>&amp;People who saw or heard it (press F2 to change the selected cell)</translation>
    </message>
    <message>
        <source>People who saw or heard it</source>
        <translation>People who saw or heard it</translation>
    </message>
    <message>
        <source>Press F2 to change the selected cell; Space ticks "agrees to be contacted".</source>
        <translation>Press F2 to change the selected cell; Space ticks "agrees to be contacted".</translation>
    </message>
    <message>
        <source>Add a person who saw or heard it</source>
        <translation>Add a person who saw or heard it</translation>
    </message>
    <message>
        <source>Tick "agrees to be contacted" only if the person told you so.</source>
        <translation>Tick "agrees to be contacted" only if the person told you so.</translation>
    </message>
    <message>
        <source>How it has affected you</source>
        <translation>How it has affected you</translation>
    </message>
    <message>
        <source>Optional. What you write here is health information.</source>
        <translation>Optional. What you write here is health information.</translation>
    </message>
    <message>
        <source>Health information: kept encrypted like the rest of the report, shown only to the people handling it, and left out of exports unless someone chooses to include it.</source>
        <translation>Health information: kept encrypted like the rest of the report, shown only to the people handling it, and left out of exports unless someone chooses to include it.</translation>
    </message>
    <message>
        <source>Health information notice</source>
        <translation>Health information notice</translation>
    </message>
    <message>
        <source>&amp;In your own words (for example on your health, your sleep, your work)</source>
        <translation>&amp;In your own words (for example on your health, your sleep, your work)</translation>
    </message>
    <message>
        <source>I have been on &amp;sick leave because of it</source>
        <translation>I have been on &amp;sick leave because of it</translation>
    </message>
    <message>
        <source>Sick leave because of it</source>
        <translation>Sick leave because of it</translation>
    </message>
    <message>
        <source>Number of &amp;days of sick leave</source>
        <translation>Number of &amp;days of sick leave</translation>
    </message>
    <message>
        <source>Number of days of sick leave</source>
        <translation>Number of days of sick leave</translation>
    </message>
    <message>
        <source>It was declared as a &amp;work accident</source>
        <translation>It was declared as a &amp;work accident</translation>
    </message>
    <message>
        <source>Days of &amp;total incapacity for work (ITT) on a medical certificate</source>
        <translation>Days of &amp;total incapacity for work (ITT) on a medical certificate</translation>
    </message>
    <message>
        <source>Days of total incapacity for work (ITT)</source>
        <translation>Days of total incapacity for work (ITT)</translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation>What you have already done</translation>
    </message>
    <message>
        <source>For example: talked to someone, seen a doctor, written to your manager. If nothing yet, that is fine too.</source>
        <translation>For example: talked to someone, seen a doctor, written to your manager. If nothing yet, that is fine too.</translation>
    </message>
    <message>
        <source>&amp;What you have already done, if anything</source>
        <translation>&amp;What you have already done, if anything</translation>
    </message>
    <message>
        <source>What you would like to happen</source>
        <translation>What you would like to happen</translation>
    </message>
    <message>
        <source>There is no wrong answer. You can also leave this empty.</source>
        <translation>There is no wrong answer. You can also leave this empty.</translation>
    </message>
    <message>
        <source>&amp;What you would like to happen</source>
        <translation>&amp;What you would like to happen</translation>
    </message>
    <message>
        <source>Helping to classify it</source>
        <translation>Helping to classify it</translation>
    </message>
    <message>
        <source>Choose what seems closest. If you are not sure, say so: the people handling the report will sort it out with you.</source>
        <translation>Choose what seems closest. If you are not sure, say so: the people handling the report will sort it out with you.</translation>
    </message>
    <message>
        <source>Which seems closest?</source>
        <translation>Which seems closest?</translation>
    </message>
    <message>
        <source>I am not s&amp;ure</source>
        <translation>I am not s&amp;ure</translation>
    </message>
    <message>
        <source>Category: I am not sure</source>
        <translation>Category: I am not sure</translation>
    </message>
    <message>
        <source>&amp;Violence</source>
        <translation>&amp;Violence</translation>
    </message>
    <message>
        <source>Category: violence</source>
        <translation>Category: violence</translation>
    </message>
    <message>
        <source>Aggression against a person: insults, threats, pushing, blows, or worse.</source>
        <translation>Aggression against a person: insults, threats, pushing, blows, or worse.</translation>
    </message>
    <message>
        <source>&amp;Discrimination</source>
        <translation>&amp;Discrimination</translation>
    </message>
    <message>
        <source>Category: discrimination</source>
        <translation>Category: discrimination</translation>
    </message>
    <message>
        <source>Being treated less well because of who you are: for example your origin, sex, age, health, disability, religion, sexual orientation or union activity.</source>
        <translation>Being treated less well because of who you are: for example your origin, sex, age, health, disability, religion, sexual orientation or union activity.</translation>
    </message>
    <message>
        <source>&amp;Moral harassment</source>
        <translation>&amp;Moral harassment</translation>
    </message>
    <message>
        <source>Category: moral harassment</source>
        <translation>Category: moral harassment</translation>
    </message>
    <message>
        <source>Repeated behaviour that makes your working conditions worse and can harm your dignity, your health or your career.</source>
        <translation>Repeated behaviour that makes your working conditions worse and can harm your dignity, your health or your career.</translation>
    </message>
    <message>
        <source>&amp;Sexual harassment</source>
        <translation>&amp;Sexual harassment</translation>
    </message>
    <message>
        <source>Category: sexual harassment</source>
        <translation>Category: sexual harassment</translation>
    </message>
    <message>
        <source>Repeated remarks or behaviour of a sexual or sexist nature, or even a single serious pressure to obtain a sexual act.</source>
        <translation>Repeated remarks or behaviour of a sexual or sexist nature, or even a single serious pressure to obtain a sexual act.</translation>
    </message>
    <message>
        <source>Se&amp;xist act</source>
        <translation>Se&amp;xist act</translation>
    </message>
    <message>
        <source>Category: sexist act</source>
        <translation>Category: sexist act</translation>
    </message>
    <message>
        <source>A remark or behaviour linked to someone's sex that offends their dignity or creates a hostile, humiliating atmosphere, even once.</source>
        <translation>A remark or behaviour linked to someone's sex that offends their dignity or creates a hostile, humiliating atmosphere, even once.</translation>
    </message>
    <message>
        <source>Wor&amp;kplace conflict</source>
        <translation>Wor&amp;kplace conflict</translation>
    </message>
    <message>
        <source>Category: workplace conflict</source>
        <translation>Category: workplace conflict</translation>
    </message>
    <message>
        <source>A disagreement or tension at work. Not every conflict is harassment, and a conflict is still worth reporting.</source>
        <translation>A disagreement or tension at work. Not every conflict is harassment, and a conflict is still worth reporting.</translation>
    </message>
    <message>
        <source>Were the people involved from the establishment?</source>
        <translation>Were the people involved from the establishment?</translation>
    </message>
    <message>
        <source>Yes, people working &amp;in the establishment</source>
        <translation>Yes, people working &amp;in the establishment</translation>
    </message>
    <message>
        <source>People working in the establishment</source>
        <translation>People working in the establishment</translation>
    </message>
    <message>
        <source>Colleagues, managers, other staff or students.</source>
        <translation>Colleagues, managers, other staff or students.</translation>
    </message>
    <message>
        <source>No, people from &amp;outside</source>
        <translation>No, people from &amp;outside</translation>
    </message>
    <message>
        <source>People from outside the establishment</source>
        <translation>People from outside the establishment</translation>
    </message>
    <message>
        <source>Patients, their relatives, visitors.</source>
        <translation>Patients, their relatives, visitors.</translation>
    </message>
    <message>
        <source>How serious it was</source>
        <translation>How serious it was</translation>
    </message>
    <message>
        <source>Hospitals count violence on the same four-level scale (the national observatory, ONVS). Choose the closest, or leave it open.</source>
        <translation>Hospitals count violence on the same four-level scale (the national observatory, ONVS). Choose the closest, or leave it open.</translation>
    </message>
    <message>
        <source>Which level is closest?</source>
        <translation>Which level is closest?</translation>
    </message>
    <message>
        <source>Level: I am not sure</source>
        <translation>Level: I am not sure</translation>
    </message>
    <message>
        <source>Level &amp;1</source>
        <translation>Level &amp;1</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Insults, provocation, discriminatory or sexual remarks, nuisance.</source>
        <translation>Insults, provocation, discriminatory or sexual remarks, nuisance.</translation>
    </message>
    <message>
        <source>Level &amp;2</source>
        <translation>Level &amp;2</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Threats to someone's physical safety, death threats, carrying a weapon.</source>
        <translation>Threats to someone's physical safety, death threats, carrying a weapon.</translation>
    </message>
    <message>
        <source>Level &amp;3</source>
        <translation>Level &amp;3</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>Deliberate physical violence: pushing, spitting, blows, strangling.</source>
        <translation>Deliberate physical violence: pushing, spitting, blows, strangling.</translation>
    </message>
    <message>
        <source>Level &amp;4</source>
        <translation>Level &amp;4</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Level 4</translation>
    </message>
    <message>
        <source>Violence with a weapon, rape, being held against one's will.</source>
        <translation>Violence with a weapon, rape, being held against one's will.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>You decide what you share about yourself.</source>
        <translation>You decide what you share about yourself.</translation>
    </message>
    <message>
        <source>Report &amp;anonymously</source>
        <translation>Report &amp;anonymously</translation>
    </message>
    <message>
        <source>Report anonymously</source>
        <translation>Report anonymously</translation>
    </message>
    <message>
        <source>Your name and contact details are then not recorded. This also means that no acknowledgement and no news about the report can be sent to you, unless you come forward later.</source>
        <translation>Your name and contact details are then not recorded. This also means that no acknowledgement and no news about the report can be sent to you, unless you come forward later.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Your na&amp;me</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>How to &amp;contact you (phone or e-mail)</source>
        <translation>How to &amp;contact you (phone or e-mail)</translation>
    </message>
    <message>
        <source>How to contact you</source>
        <translation>How to contact you</translation>
    </message>
    <message>
        <source>Your &amp;profession</source>
        <translation>Your &amp;profession</translation>
    </message>
    <message>
        <source>Your profession</source>
        <translation>Your profession</translation>
    </message>
    <message>
        <source>Your &amp;unit</source>
        <translation>Your &amp;unit</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <source>Are you…</source>
        <translation>Are you…</translation>
    </message>
    <message>
        <source>the person it happened &amp;to</source>
        <translation>the person it happened &amp;to</translation>
    </message>
    <message>
        <source>I am the person it happened to</source>
        <translation>I am the person it happened to</translation>
    </message>
    <message>
        <source>someone who &amp;saw or heard it</source>
        <translation>someone who &amp;saw or heard it</translation>
    </message>
    <message>
        <source>I saw or heard it</source>
        <translation>I saw or heard it</translation>
    </message>
    <message>
        <source>How does this report arrive?</source>
        <translation>How does this report arrive?</translation>
    </message>
    <message>
        <source>In writin&amp;g</source>
        <translation>In writin&amp;g</translation>
    </message>
    <message>
        <source>Arrives in writing</source>
        <translation>Arrives in writing</translation>
    </message>
    <message>
        <source>&amp;Orally</source>
        <translation>&amp;Orally</translation>
    </message>
    <message>
        <source>Arrives orally</source>
        <translation>Arrives orally</translation>
    </message>
    <message>
        <source>At a m&amp;eeting</source>
        <translation>At a m&amp;eeting</translation>
    </message>
    <message>
        <source>Arrives at a meeting</source>
        <translation>Arrives at a meeting</translation>
    </message>
    <message>
        <source>Someone helping you</source>
        <translation>Someone helping you</translation>
    </message>
    <message>
        <source>Is someone helping you with this report? For example a union representative, an association or an advocate. Optional.</source>
        <translation>Is someone helping you with this report? For example a union representative, an association or an advocate. Optional.</translation>
    </message>
    <message>
        <source>&amp;Who is helping you (a person or an organisation)</source>
        <translation>&amp;Who is helping you (a person or an organisation)</translation>
    </message>
    <message>
        <source>Who is helping you</source>
        <translation>Who is helping you</translation>
    </message>
    <message>
        <source>They can help you write the report and accompany you afterwards.</source>
        <translation>They can help you write the report and accompany you afterwards.</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Check your report</translation>
    </message>
    <message>
        <source>Nothing is filed until you choose "File the report". Use "Change" to correct any part.</source>
        <translation>Nothing is filed until you choose "File the report". Use "Change" to correct any part.</translation>
    </message>
    <message>
        <source>Summary of the report</source>
        <translation>Summary of the report</translation>
    </message>
    <message>
        <source>To file the report, write a few words about what happened (first page) or choose the closest kind of event ("Helping to classify it"). Everything else is optional.</source>
        <translation>To file the report, write a few words about what happened (first page) or choose the closest kind of event ("Helping to classify it"). Everything else is optional.</translation>
    </message>
    <message>
        <source>What the report needs</source>
        <translation>What the report needs</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Filing the report</source>
        <translation>Filing the report</translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation>Report filed</translation>
    </message>
    <message>
        <source>Thank you. The report is recorded and encrypted in the vault.</source>
        <translation>Thank you. The report is recorded and encrypted in the vault.</translation>
    </message>
    <message>
        <source>Reference of the report</source>
        <translation>Reference of the report</translation>
    </message>
    <message>
        <source>Keep this reference: it is how the report is found again.</source>
        <translation>Keep this reference: it is how the report is found again.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Looking for cases due for deletion…</source>
        <translation>Looking for cases due for deletion…</translation>
    </message>
    <message>
        <source>Deleting case %1…</source>
        <translation>Deleting case %1…</translation>
    </message>
    <message>
        <source>Case %1 was deleted for good; an anonymous line is kept for statistics.</source>
        <translation>Case %1 was deleted for good; an anonymous line is kept for statistics.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due for deletion</source>
        <translation>
            <numerusform>%n case due for deletion</numerusform>
            <numerusform>%n cases due for deletion</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>No case is due for deletion.</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous line(s) kept for statistics</source>
        <translation>
            <numerusform>%n anonymous line kept for statistics</numerusform>
            <numerusform>%n anonymous lines kept for statistics</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed cases whose retention period has ended. Delete them: the case and everything in it are destroyed for good; an anonymous line is kept for statistics. The periods are set in Settings.</source>
        <translation>Closed cases whose retention period has ended. Delete them: the case and everything in it are destroyed for good; an anonymous line is kept for statistics. The periods are set in Settings.</translation>
    </message>
    <message>
        <source>Cases due for deletion</source>
        <translation>Cases due for deletion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Anonymous lines kept for statistics</source>
        <translation>Anonymous lines kept for statistics</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the list of cases due for deletion</source>
        <translation>Refresh the list of cases due for deletion</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected case for good</source>
        <translation>Delete the selected case for good</translation>
    </message>
</context>
<context>
    <name>RetentionRuleTableModel</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Kept after closure</source>
        <translation>Kept after closure</translation>
    </message>
    <message>
        <source>until decided</source>
        <translation>until decided</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mainland France</source>
        <translation>Mainland France</translation>
    </message>
    <message>
        <source>Moselle (57)</source>
        <translation>Moselle (57)</translation>
    </message>
    <message>
        <source>Alsace: Bas-Rhin and Haut-Rhin (67, 68)</source>
        <translation>Alsace: Bas-Rhin and Haut-Rhin (67, 68)</translation>
    </message>
    <message>
        <source>Guadeloupe (971)</source>
        <translation>Guadeloupe (971)</translation>
    </message>
    <message>
        <source>Martinique (972)</source>
        <translation>Martinique (972)</translation>
    </message>
    <message>
        <source>French Guiana (973)</source>
        <translation>French Guiana (973)</translation>
    </message>
    <message>
        <source>La Réunion (974)</source>
        <translation>La Réunion (974)</translation>
    </message>
    <message>
        <source>Mayotte (976)</source>
        <translation>Mayotte (976)</translation>
    </message>
    <message>
        <source>Loading the settings…</source>
        <translation>Loading the settings…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Press Reload to see their version.</source>
        <translation>Press Reload to see their version.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time</source>
        <translation>Lock after &amp;idle time</translation>
    </message>
    <message>
        <source>Lock after idle time, in minutes</source>
        <translation>Lock after idle time, in minutes</translation>
    </message>
    <message>
        <source>With no keyboard or mouse input for this long, the vault locks itself.</source>
        <translation>With no keyboard or mouse input for this long, the vault locks itself.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Largest &amp;attachment</source>
        <translation>Largest &amp;attachment</translation>
    </message>
    <message>
        <source>Largest attachment, in mebibytes</source>
        <translation>Largest attachment, in mebibytes</translation>
    </message>
    <message>
        <source>Larger files are refused when they are attached (2048 MiB = 2 GiB).</source>
        <translation>Larger files are refused when they are attached (2048 MiB = 2 GiB).</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>Public &amp;holidays</translation>
    </message>
    <message>
        <source>Public holidays for working-day deadlines</source>
        <translation>Public holidays for working-day deadlines</translation>
    </message>
    <message>
        <source>Deadlines counted in working days (the 7-day acknowledgement) skip the public holidays of this place.</source>
        <translation>Deadlines counted in working days (the 7-day acknowledgement) skip the public holidays of this place.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Language of the application</translation>
    </message>
    <message>
        <source>Applies at once, for you on this computer; it is not stored in the vault.</source>
        <translation>Applies at once, for you on this computer; it is not stored in the vault.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Kee&amp;p closed cases, by outcome, then delete them (only an anonymous line stays for statistics):</source>
        <translation>Kee&amp;p closed cases, by outcome, then delete them (only an anonymous line stays for statistics):</translation>
    </message>
    <message>
        <source>Retention period by outcome</source>
        <translation>Retention period by outcome</translation>
    </message>
    <message>
        <source>Press F2 to change the months a closed case is kept.</source>
        <translation>Press F2 to change the months a closed case is kept.</translation>
    </message>
    <message>
        <source>Restore the de&amp;faults</source>
        <translation>Restore the de&amp;faults</translation>
    </message>
    <message>
        <source>Restore the default retention periods</source>
        <translation>Restore the default retention periods</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Support services and au&amp;thorities people can be directed to (occupational health, psychologist, listening cell, functional protection, inquiry…):</source>
        <translation>Support services and au&amp;thorities people can be directed to (occupational health, psychologist, listening cell, functional protection, inquiry…):</translation>
    </message>
    <message>
        <source>Directory of support services and authorities</source>
        <translation>Directory of support services and authorities</translation>
    </message>
    <message>
        <source>Press F2 to edit the selected cell.</source>
        <translation>Press F2 to edit the selected cell.</translation>
    </message>
    <message>
        <source>A&amp;dd a service</source>
        <translation>A&amp;dd a service</translation>
    </message>
    <message>
        <source>Add a service or authority</source>
        <translation>Add a service or authority</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected service or authority</source>
        <translation>Remove the selected service or authority</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Reload the settings saved in the vault</source>
        <translation>Reload the settings saved in the vault</translation>
    </message>
    <message>
        <source>Discard your changes and show the settings saved in the vault.</source>
        <translation>Discard your changes and show the settings saved in the vault.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Feedback to the reporter — Hospital Mediation</source>
        <translation>Feedback to the reporter — Hospital Mediation</translation>
    </message>
    <message>
        <source>Record the written feedback given to the reporter: the measures considered or taken, and why. It ends the 3-month feedback deadline.</source>
        <translation>Record the written feedback given to the reporter: the measures considered or taken, and why. It ends the 3-month feedback deadline.</translation>
    </message>
    <message>
        <source>&amp;Date of the feedback</source>
        <translation>&amp;Date of the feedback</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Details of the feedback</source>
        <translation>Details of the feedback</translation>
    </message>
    <message>
        <source>Move the case from “%1” to “%2”.</source>
        <translation>Move the case from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Reason (optional)</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choose the outcome…</translation>
    </message>
    <message>
        <source>Choose the outcome of the case: it decides how long the case is kept.</source>
        <translation>Choose the outcome of the case: it decides how long the case is kept.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case: it is kept in its history.</source>
        <translation>Give the reason for reopening the case: it is kept in its history.</translation>
    </message>
    <message>
        <source>Next step — Hospital Mediation</source>
        <translation>Next step — Hospital Mediation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of this step</source>
        <translation>Date of this step</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation>Outcome of the case</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Saving in progress</source>
        <translation>Saving in progress</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirm or cancel</translation>
    </message>
</context>
<context>
    <name>TransitionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Recorded on %1</translation>
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
<context>
    <name>_KindDelegate</name>
    <message>
        <source>Kind of service</source>
        <translation>Kind of service</translation>
    </message>
</context>
<context>
    <name>_MonthsDelegate</name>
    <message>
        <source>until decided</source>
        <translation>until decided</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Months kept after closure</source>
        <translation>Months kept after closure</translation>
    </message>
</context>
</TS>