<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Decrypting the cases…</source>
        <translation>Déchiffrement des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) could not be read: run a verification.</source>
        <translation>
            <numerusform>%n dossier n&apos;a pas pu être lu : lancez une vérification.</numerusform>
            <numerusform>%n dossiers n&apos;ont pas pu être lus : lancez une vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start or continue a report</source>
        <translation>Commencer ou reprendre un signalement</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>Commencer un nouveau signalement</translation>
    </message>
    <message>
        <source>Continue the draft saved on %1</source>
        <translation>Reprendre le brouillon enregistré le %1</translation>
    </message>
    <message>
        <source>Report %1 filed.</source>
        <translation>Signalement %1 déposé.</translation>
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
        <translation>Sélectionnez un fichier pour en afficher l&apos;aperçu.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Open with another program…” or “Export…” to see it.</source>
        <translation>Aucun aperçu pour ce type de fichier. Utilisez « Ouvrir avec un autre programme… » ou « Exporter… » pour le consulter.</translation>
    </message>
    <message>
        <source>No preview: this file is larger than %1. Use “Open with another program…” or “Export…” to see it.</source>
        <translation>Pas d&apos;aperçu : ce fichier dépasse %1. Utilisez « Ouvrir avec un autre programme… » ou « Exporter… » pour le consulter.</translation>
    </message>
    <message>
        <source>Decrypting the preview…</source>
        <translation>Déchiffrement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>L&apos;aperçu a échoué.</translation>
    </message>
    <message>
        <source>This image cannot be read (damaged, or a format this computer cannot show).</source>
        <translation>Impossible de lire cette image (fichier endommagé, ou format que cet ordinateur ne sait pas afficher).</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>This PDF cannot be shown here (damaged, or protected by a password).</source>
        <translation>Impossible d&apos;afficher ce PDF ici (fichier endommagé, ou protégé par un mot de passe).</translation>
    </message>
    <message>
        <source>[Only the first %1 are shown.]</source>
        <translation>[Aperçu limité aux premiers %1.]</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
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
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a file; it was not added.</source>
        <translation>%1 n&apos;est pas un fichier ; il n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>%1 is larger than the attachment size limit (%2); it was not added.</source>
        <translation>%1 dépasse la taille maximale des pièces jointes (%2) ; il n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <source>Encrypting %1</source>
        <translation>Chiffrement de %1</translation>
    </message>
    <message>
        <source>%1 was exported. This copy is NOT encrypted: anyone who can open it can read it. Delete it when you no longer need it.</source>
        <translation>%1 a été exporté. Cette copie n&apos;est PAS chiffrée : toute personne qui peut l&apos;ouvrir peut la lire. Supprimez-la dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>%1 was added (%2). SHA-256: %3</source>
        <translation>%1 a été ajouté (%2). SHA-256 : %3</translation>
    </message>
    <message>
        <source>%1 was not exported:</source>
        <translation>%1 n&apos;a pas été exporté :</translation>
    </message>
    <message>
        <source>%1 was not added:</source>
        <translation>%1 n&apos;a pas été ajouté :</translation>
    </message>
    <message>
        <source>Files to encrypt into the vault</source>
        <translation>Fichiers à chiffrer dans le coffre</translation>
    </message>
    <message>
        <source>Export a readable copy: anyone who can open the exported file can read it</source>
        <translation>Exporter une copie lisible : toute personne qui peut ouvrir le fichier exporté peut le lire</translation>
    </message>
    <message>
        <source>Open with another program</source>
        <translation>Ouvrir avec un autre programme</translation>
    </message>
    <message>
        <source>To open %1 with another program, a decrypted copy is written to a private temporary folder on this computer. It exists on disk while the program uses it, and that program may keep its own copies (recent files, autosave).

The temporary copy is overwritten and deleted when the vault locks or the application closes.

Open it?</source>
        <translation>Pour ouvrir %1 avec un autre programme, une copie déchiffrée est écrite dans un répertoire temporaire privé de cet ordinateur. Elle reste sur le disque tant que le programme l&apos;utilise, et ce programme peut conserver ses propres copies (fichiers récents, enregistrement automatique).

La copie temporaire est écrasée puis supprimée lorsque le coffre se verrouille ou que l&apos;application se ferme.

Ouvrir le fichier ?</translation>
    </message>
    <message>
        <source>Decrypting %1 to a temporary file…</source>
        <translation>Déchiffrement de %1 dans un fichier temporaire…</translation>
    </message>
    <message>
        <source>%1 was opened with another program. The temporary copy will be deleted when the vault locks or the application closes.</source>
        <translation>%1 a été ouvert avec un autre programme. La copie temporaire sera supprimée lorsque le coffre se verrouillera ou que l&apos;application se fermera.</translation>
    </message>
    <message>
        <source>No program is set up to open this kind of file; the temporary copy was deleted.</source>
        <translation>Aucun programme n&apos;est configuré pour ouvrir ce type de fichier ; la copie temporaire a été supprimée.</translation>
    </message>
    <message>
        <source>The file could not be opened:</source>
        <translation>Le fichier n&apos;a pas pu être ouvert :</translation>
    </message>
    <message>
        <source>SHA-256 of %1 copied; it is cleared from the clipboard after 30 seconds.</source>
        <translation>SHA-256 de %1 copié ; il sera effacé du presse-papiers au bout de 30 secondes.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Encrypt files into the vault (you can also drop them here)</source>
        <translation>Chiffrer des fichiers dans le coffre (vous pouvez aussi les faire glisser ici)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write a readable, unencrypted copy of the selected file where you choose</source>
        <translation>Enregistrer une copie lisible et non chiffrée du fichier sélectionné à l&apos;emplacement de votre choix</translation>
    </message>
    <message>
        <source>Export the selected file</source>
        <translation>Exporter le fichier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Open with another program…</source>
        <translation>&amp;Ouvrir avec un autre programme…</translation>
    </message>
    <message>
        <source>Decrypt the selected file to a temporary file and open it with the program your system uses for it</source>
        <translation>Déchiffrer le fichier sélectionné dans un fichier temporaire et l&apos;ouvrir avec le programme que votre système utilise pour ce type de fichier</translation>
    </message>
    <message>
        <source>Open the selected file with another program</source>
        <translation>Ouvrir le fichier sélectionné avec un autre programme</translation>
    </message>
    <message>
        <source>Drop files here to attach them. They are encrypted into the vault; the originals stay where they are.</source>
        <translation>Faites glisser des fichiers ici pour les joindre. Ils sont chiffrés dans le coffre ; les originaux restent à leur place.</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Fichiers en cours d&apos;ajout</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256 :</translation>
    </message>
    <message>
        <source>The fingerprint of the file recorded when it was added; checked again every time it is decrypted</source>
        <translation>L&apos;empreinte du fichier enregistrée lors de son ajout ; elle est vérifiée à chaque déchiffrement</translation>
    </message>
    <message>
        <source>SHA-256 of the selected file</source>
        <translation>SHA-256 du fichier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copier le SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected file</source>
        <translation>Copier le SHA-256 du fichier sélectionné</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Message de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Decrypting the preview</source>
        <translation>Déchiffrement de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Aperçu du texte</translation>
    </message>
</context>
<context>
    <name>CaseDetailWindow</name>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Pas encore classé</translation>
    </message>
    <message>
        <source>Not graded (does not apply)</source>
        <translation>Aucun niveau (sans objet)</translation>
    </message>
    <message>
        <source>Reloaded: this is the case as saved in the vault now.</source>
        <translation>Dossier rechargé : voici son état actuel dans le coffre.</translation>
    </message>
    <message>
        <source>Case %1[*] — Hospital Mediation</source>
        <translation>Dossier %1[*] — Hospital Mediation</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>not classified yet</source>
        <translation>pas encore classé</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sans niveau</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>No deadline yet: the report has not been filed.</source>
        <translation>Pas encore d&apos;échéance : le signalement n&apos;a pas été déposé.</translation>
    </message>
    <message>
        <source>No deadline: the case is closed.</source>
        <translation>Aucune échéance : le dossier est clos.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (due on %4)</source>
        <translation>%1 : %2 (le %3, échéance le %4)</translation>
    </message>
    <message>
        <source>%1: due on %2 — %3</source>
        <translation>%1 : échéance le %2 — %3</translation>
    </message>
    <message>
        <source>Move the case to: %1</source>
        <translation>Passer le dossier au statut : %1</translation>
    </message>
    <message>
        <source>Re&amp;open the case…</source>
        <translation>R&amp;ouvrir le dossier…</translation>
    </message>
    <message>
        <source>Start the re&amp;view…</source>
        <translation>Commencer l&apos;e&amp;xamen…</translation>
    </message>
    <message>
        <source>Back to re&amp;view…</source>
        <translation>Revenir à l&apos;e&amp;xamen…</translation>
    </message>
    <message>
        <source>File the report…</source>
        <translation>Déposer le signalement…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the report…</source>
        <translation>&amp;Accuser réception du signalement…</translation>
    </message>
    <message>
        <source>Move to orient&amp;ation…</source>
        <translation>Passer à l&apos;orient&amp;ation…</translation>
    </message>
    <message>
        <source>Move to &amp;measures…</source>
        <translation>Passer aux &amp;mesures…</translation>
    </message>
    <message>
        <source>Refer to me&amp;diation…</source>
        <translation>Transmettre en mé&amp;diation…</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>&amp;Clore le dossier…</translation>
    </message>
    <message>
        <source>An anonymous report cannot name its reporter or give their contact: clear them, or untick “Anonymous report”. Nothing was saved.</source>
        <translation>Un signalement anonyme ne peut indiquer ni le nom ni les coordonnées de son auteur : effacez-les, ou décochez « Signalement anonyme ». Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The feedback to the reporter was recorded.</source>
        <translation>Le retour d&apos;information à l&apos;auteur du signalement a été enregistré.</translation>
    </message>
    <message>
        <source>The case is now “%1”.</source>
        <translation>Le dossier est maintenant au statut « %1 ».</translation>
    </message>
    <message>
        <source>Unsaved changes — Hospital Mediation</source>
        <translation>Modifications non enregistrées — Hospital Mediation</translation>
    </message>
    <message>
        <source>The report of this case has changes that are not saved.</source>
        <translation>Le signalement de ce dossier comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Case[*] — Hospital Mediation</source>
        <translation>Dossier[*] — Hospital Mediation</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Re&amp;load the case</source>
        <translation>Rec&amp;harger le dossier</translation>
    </message>
    <message>
        <source>Reload the case as saved by someone else</source>
        <translation>Recharger le dossier tel qu&apos;une autre personne l&apos;a enregistré</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Signalement reçu le</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Accusé de réception le</translation>
    </message>
    <message>
        <source>Feedback given on</source>
        <translation>Retour d&apos;information le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>ONVS level</source>
        <translation>Niveau ONVS</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Si&amp;gnalement</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Channel of the report</source>
        <translation>Canal du signalement</translation>
    </message>
    <message>
        <source>The reporter is the</source>
        <translation>L&apos;auteur du signalement est</translation>
    </message>
    <message>
        <source>The reporter is the victim or a witness</source>
        <translation>L&apos;auteur du signalement est la victime ou un témoin</translation>
    </message>
    <message>
        <source>Ori&amp;gin of the violence</source>
        <translation>&amp;Origine des violences</translation>
    </message>
    <message>
        <source>Origin of the violence</source>
        <translation>Origine des violences</translation>
    </message>
    <message>
        <source>&amp;Anonymous report (no acknowledgement is owed)</source>
        <translation>Signalement &amp;anonyme (aucun accusé de réception n&apos;est dû)</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>Signalement anonyme</translation>
    </message>
    <message>
        <source>Reporting person</source>
        <translation>Auteur du signalement</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Name of the reporter</source>
        <translation>Nom de l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Contact of the reporter</source>
        <translation>Coordonnées de l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Profession of the reporter</source>
        <translation>Profession de l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Their unit</source>
        <translation>Son unité</translation>
    </message>
    <message>
        <source>Unit of the reporter</source>
        <translation>Unité de l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Un&amp;it</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Division (pôle)</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>S&amp;ynthèse</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Catégor&amp;ie</translation>
    </message>
    <message>
        <source>ONVS le&amp;vel</source>
        <translation>Ni&amp;veau ONVS</translation>
    </message>
    <message>
        <source>ONVS severity level</source>
        <translation>Niveau de gravité ONVS</translation>
    </message>
    <message>
        <source>The ONVS grades attacks on persons from 1 (insults) to 4 (armed or sexual violence, sequestration). Leave it empty when it does not apply.</source>
        <translation>L&apos;ONVS classe les atteintes aux personnes de 1 (insultes) à 4 (violences avec arme ou sexuelles, séquestration). Laissez vide si cela ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Date of the &amp;facts</source>
        <translation>Date des &amp;faits</translation>
    </message>
    <message>
        <source>The date of the facts is known</source>
        <translation>La date des faits est connue</translation>
    </message>
    <message>
        <source>Date of the facts</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>The time of the facts is known</source>
        <translation>L&apos;heure des faits est connue</translation>
    </message>
    <message>
        <source>Time of the facts</source>
        <translation>Heure des faits</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place of the facts</source>
        <translation>Lieu des faits</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <translation>Description des faits</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Circumstances of the facts</source>
        <translation>Circonstances des faits</translation>
    </message>
    <message>
        <source>The facts are repeated</source>
        <translation>Les faits se répètent</translation>
    </message>
    <message>
        <source>First occurrence</source>
        <translation>Première occurrence</translation>
    </message>
    <message>
        <source>The date of the first occurrence is known</source>
        <translation>La date de la première occurrence est connue</translation>
    </message>
    <message>
        <source>Date of the first occurrence</source>
        <translation>Date de la première occurrence</translation>
    </message>
    <message>
        <source>Impact — health data</source>
        <translation>Conséquences — données de santé</translation>
    </message>
    <message>
        <source>Health data (GDPR art. 9): record only what the handling of the case needs.</source>
        <translation>Données de santé (RGPD, art. 9) : n&apos;enregistrez que ce qui est nécessaire au traitement du dossier.</translation>
    </message>
    <message>
        <source>&amp;Effects on health</source>
        <translation>Consé&amp;quences sur la santé</translation>
    </message>
    <message>
        <source>Effects on health (health data)</source>
        <translation>Effets sur la santé (données de santé)</translation>
    </message>
    <message>
        <source>Sic&amp;k leave</source>
        <translation>A&amp;rrêt de travail</translation>
    </message>
    <message>
        <source>Sick leave (health data)</source>
        <translation>Arrêt de travail (données de santé)</translation>
    </message>
    <message>
        <source>number of days not given</source>
        <translation>nombre de jours non renseigné</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days of sick leave</source>
        <translation>Jours d&apos;arrêt de travail</translation>
    </message>
    <message>
        <source>Declared as a work accident</source>
        <translation>Déclaré en accident de service ou du travail</translation>
    </message>
    <message>
        <source>Declared as a work accident (health data)</source>
        <translation>Déclaré en accident de service ou du travail (données de santé)</translation>
    </message>
    <message>
        <source>ITT (days of total incapacity)</source>
        <translation>ITT (jours d&apos;incapacité totale de travail)</translation>
    </message>
    <message>
        <source>Days of total incapacity for work (health data)</source>
        <translation>Jours d&apos;incapacité totale de travail (données de santé)</translation>
    </message>
    <message>
        <source>Actions and expectations</source>
        <translation>Démarches et attentes</translation>
    </message>
    <message>
        <source>Actions already taken</source>
        <translation>Démarches déjà effectuées</translation>
    </message>
    <message>
        <source>E&amp;xpectations</source>
        <translation>Atte&amp;ntes</translation>
    </message>
    <message>
        <source>Expectations of the reporter</source>
        <translation>Attentes de l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Facilitator (union, association)</source>
        <translation>Facilitateur (syndicat, association)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Persons concerned by the facts and witnesses. Names are optional; what is said of a person concerned is presumed. Edit a cell with F2 or a double click; tick with Space. Saved with the report.</source>
        <translation>Personnes concernées par les faits et témoins. Les noms sont facultatifs ; ce qui est dit d&apos;une personne concernée reste présumé. Modifiez une cellule avec F2 ou un double-clic ; cochez avec Espace. Enregistré avec le signalement.</translation>
    </message>
    <message>
        <source>Persons concerned and witnesses</source>
        <translation>Personnes concernées et témoins</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>Add a person concerned or a witness</source>
        <translation>Ajouter une personne concernée ou un témoin</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Retirer la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Traitement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of the workflow</source>
        <translation>Historique du traitement</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Record &amp;feedback to the reporter…</source>
        <translation>Enregistrer le &amp;retour d&apos;information…</translation>
    </message>
    <message>
        <source>Record the feedback given to the reporter</source>
        <translation>Enregistrer le retour d&apos;information donné à l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>Ajouter une n&amp;ote…</translation>
    </message>
    <message>
        <source>Orientations, measures, notes and exchanges</source>
        <translation>Orientations, mesures, notes et échanges</translation>
    </message>
    <message>
        <source>Add orie&amp;ntation…</source>
        <translation>Ajouter une orie&amp;ntation…</translation>
    </message>
    <message>
        <source>Add an orientation towards a support service or an authority</source>
        <translation>Ajouter une orientation vers un service d&apos;accompagnement ou une autorité</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Ajouter une &amp;mesure…</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add e&amp;xchange…</source>
        <translation>Ajouter un é&amp;change…</translation>
    </message>
    <message>
        <source>Add an exchange with the reporter</source>
        <translation>Ajouter un échange avec l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Modifier l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the report and the parties (Ctrl+S)</source>
        <translation>Enregistrer le signalement et les personnes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the report and the parties</source>
        <translation>Enregistrer le signalement et les personnes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the case (Ctrl+W)</source>
        <translation>Fermer le dossier (Ctrl+W)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>Journa&amp;l</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>Dossiers affichés : %1 sur %2</translation>
    </message>
    <message>
        <source>Search every field (reference, unit, names, facts, journal)…</source>
        <translation>Rechercher dans tous les champs (référence, unité, noms, faits, journal)…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>En &amp;retard uniquement</translation>
    </message>
    <message>
        <source>Overdue cases only</source>
        <translation>Dossiers en retard uniquement</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>ONVS</source>
        <translation>ONVS</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Type &amp;group %1 of your recovery key</source>
        <translation>Saisissez le &amp;groupe %1 de votre clé de récupération</translation>
    </message>
    <message>
        <source>Creating the vault: measuring this computer to set the cost of guessing your passphrase (a few seconds)…</source>
        <translation>Création du coffre : évaluation de cet ordinateur pour fixer la difficulté à deviner votre phrase de passe (quelques secondes)…</translation>
    </message>
    <message>
        <source>Cancel deletes the new vault: it holds nothing yet, and its recovery key was not kept.</source>
        <translation>Annuler supprime le nouveau coffre : il ne contient encore rien et sa clé de récupération n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Où conserver le coffre</translation>
    </message>
    <message>
        <source>Vaults (*.hmv)</source>
        <translation>Coffres (*.hmv)</translation>
    </message>
    <message>
        <source>This is not group %1. Look at the key you kept.</source>
        <translation>Ce n&apos;est pas le groupe %1. Reportez-vous à la clé que vous avez conservée.</translation>
    </message>
    <message>
        <source>Hospital Mediation — recovery key</source>
        <translation>Hospital Mediation — clé de récupération</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase. Keep this sheet away from the computer. Anyone who has it can open the vault.

Vault: %1</source>
        <translation>Cette clé ouvre votre coffre si vous oubliez votre phrase de passe. Conservez cette feuille loin de l&apos;ordinateur. Toute personne qui la détient peut ouvrir le coffre.

Coffre : %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>New vault — Hospital Mediation</source>
        <translation>Nouveau coffre — Hospital Mediation</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your cases will be kept in a vault: one encrypted file on this computer, that only your passphrase (or your recovery key) opens.</source>
        <translation>Vos dossiers seront conservés dans un coffre : un fichier chiffré sur cet ordinateur, que seule votre phrase de passe (ou votre clé de récupération) permet d&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer unless you export it. Nobody, not even the authors of this application, can open the vault without your passphrase or your recovery key.</source>
        <translation>Rien ne quitte cet ordinateur sans que vous l&apos;exportiez. Personne, pas même les auteurs de cette application, ne peut ouvrir le coffre sans votre phrase de passe ou votre clé de récupération.</translation>
    </message>
    <message>
        <source>&amp;Where to keep the vault</source>
        <translation>&amp;Emplacement du coffre</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation>Choisir l&apos;emplacement du coffre</translation>
    </message>
    <message>
        <source>Your na&amp;me (as other members would see it)</source>
        <translation>Votre &amp;nom (tel que les autres membres le verront)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;organisation (optional: union, association, unit)</source>
        <translation>Votre &amp;organisation (facultatif : syndicat, association, unité)</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase de passe</translation>
    </message>
    <message>
        <source>Several unrelated words are strong and easy to remember. You will type it each time you open the vault.</source>
        <translation>Plusieurs mots sans rapport entre eux forment une phrase robuste et facile à retenir. Vous la saisirez à chaque ouverture du coffre.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>P&amp;hrase de passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>Saisissez-la à &amp;nouveau</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into the vault. It is shown only now.</source>
        <translation>Si vous oubliez votre phrase de passe, cette clé est le seul moyen d&apos;accéder de nouveau au coffre. Elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, and keep it away from this computer (at home, with your union representative, in a safe). Anyone who has it can open your vault.</source>
        <translation>Imprimez-la ou enregistrez-la en PDF, et conservez-la loin de cet ordinateur (chez vous, auprès de votre représentant syndical, dans un coffre-fort). Toute personne qui la détient peut ouvrir votre coffre.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF</source>
        <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>I have &amp;kept my recovery key somewhere safe</source>
        <translation>J&apos;ai &amp;conservé ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>I have kept my recovery key</source>
        <translation>J&apos;ai conservé ma clé de récupération</translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation>Vérifiez votre clé de récupération</translation>
    </message>
    <message>
        <source>To be sure it was kept, type one of its groups.</source>
        <translation>Pour vérifier qu&apos;elle a bien été conservée, saisissez l&apos;un de ses groupes.</translation>
    </message>
    <message>
        <source>Group of the recovery key</source>
        <translation>Groupe de la clé de récupération</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>%1 overdue, %2 due within %3 days</source>
        <translation>En retard : %1 ; à échéance sous %3 jours : %2</translation>
    </message>
    <message>
        <source>No deadline overdue or due within %1 days.</source>
        <translation>Aucune échéance dépassée ni à venir dans les %1 jours.</translation>
    </message>
    <message>
        <source>Legal deadlines overdue or due soon: the acknowledgement of a report within 7 working days, the feedback to the reporter within 3 months.</source>
        <translation>Échéances légales dépassées ou proches : l&apos;accusé de réception d&apos;un signalement sous 7 jours ouvrés, le retour d&apos;information à l&apos;auteur du signalement sous 3 mois.</translation>
    </message>
    <message>
        <source>Deadlines overdue and due soon</source>
        <translation>Échéances dépassées et proches</translation>
    </message>
    <message>
        <source>Cases with a deadline overdue or due soon</source>
        <translation>Dossiers dont une échéance est dépassée ou proche</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete case %1 for good?</source>
        <translation>Supprimer définitivement le dossier %1 ?</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the reference of the case: %1</source>
        <translation>Pour confirmer, &amp;saisissez la référence du dossier : %1</translation>
    </message>
    <message>
        <source>Delete a case for good</source>
        <translation>Supprimer définitivement un dossier</translation>
    </message>
    <message>
        <source>&lt;p&gt;The case and everything in it (the report, the journal, the attachments, the notes) are destroyed &lt;b&gt;for good&lt;/b&gt;: the key that opened them is erased from this vault, which can never open them again. A copy or backup of the vault made before the deletion still holds them: delete or replace those copies too.&lt;/p&gt;&lt;p&gt;Only an anonymous line stays, for statistics: the month the case was opened, its category, its ONVS level, the unit and the outcome. No name, no text, no reference.&lt;/p&gt;&lt;p&gt;The deletion is recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le dossier et tout son contenu (le signalement, le journal, les pièces jointes, les notes) sont détruits &lt;b&gt;définitivement&lt;/b&gt; : la clé qui permettait de les ouvrir est effacée de ce coffre, qui ne pourra plus jamais les ouvrir. Une copie ou une sauvegarde du coffre faite avant la suppression les contient encore : supprimez ou remplacez aussi ces copies.&lt;/p&gt;&lt;p&gt;Seule une ligne anonyme est conservée, à des fins statistiques : le mois d&apos;ouverture du dossier, sa catégorie, son niveau ONVS, l&apos;unité et l&apos;issue. Aucun nom, aucun texte, aucune référence.&lt;/p&gt;&lt;p&gt;La suppression est consignée dans le journal d&apos;audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What deleting a case does</source>
        <translation>Effets de la suppression d&apos;un dossier</translation>
    </message>
    <message>
        <source>Reference of the case, typed to confirm</source>
        <translation>Référence du dossier, saisie pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>&amp;Conserver le dossier</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Conserver le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>Supprimer &amp;définitivement</translation>
    </message>
    <message>
        <source>Delete the case for good</source>
        <translation>Supprimer définitivement le dossier</translation>
    </message>
</context>
<context>
    <name>DirectoryTableModel</name>
    <message>
        <source>Service or authority</source>
        <translation>Service ou autorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Supports the person: occupational health, psychologist, listening cell…</source>
        <translation>Accompagne la personne : santé au travail, psychologue, cellule d&apos;écoute…</translation>
    </message>
    <message>
        <source>Competent to protect or to handle: functional protection, administrative inquiry…</source>
        <translation>Compétente pour protéger ou pour traiter : protection fonctionnelle, enquête administrative…</translation>
    </message>
</context>
<context>
    <name>DueDeletionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Deletion due on</source>
        <translation>Suppression prévue le</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Date of the &amp;event</source>
        <translation>Date des &amp;faits</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Date &amp;unknown</source>
        <translation>Date &amp;inconnue</translation>
    </message>
    <message>
        <source>The date of the event is unknown</source>
        <translation>La date des faits est inconnue</translation>
    </message>
    <message>
        <source>&amp;What happened (who, where, what was said or done, witnesses)</source>
        <translation>&amp;Ce qui s&apos;est passé (qui, où, ce qui a été dit ou fait, témoins)</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Files to attach (encrypted into the vault with the entry)</source>
        <translation>Fic&amp;hiers à joindre (chiffrés dans le coffre avec l&apos;entrée)</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files to attach</source>
        <translation>Ajouter des fichiers à joindre</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Retirer de la liste les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nouvelle entrée du journal</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The time you record this entry is set by the application and sealed: it cannot be changed later. Write what you remember now; you can add a new version later, and this one will stay.</source>
        <translation>L&apos;heure à laquelle vous enregistrez cette entrée est fixée par l&apos;application et scellée : elle ne pourra plus être modifiée. Écrivez dès maintenant ce dont vous vous souvenez ; vous pourrez ajouter une nouvelle version plus tard, et celle-ci sera conservée.</translation>
    </message>
    <message>
        <source>New version of a journal entry</source>
        <translation>Nouvelle version d&apos;une entrée du journal</translation>
    </message>
    <message>
        <source>&amp;Record the new version</source>
        <translation>&amp;Enregistrer la nouvelle version</translation>
    </message>
    <message>
        <source>You are writing a new version of the entry recorded on %1. The earlier version stays in the journal, marked as superseded, with its own seal.</source>
        <translation>Vous rédigez une nouvelle version de l&apos;entrée enregistrée le %1. La version précédente reste dans le journal, marquée comme remplacée, avec son propre scellement.</translation>
    </message>
    <message>
        <source>%1 (already in the vault)</source>
        <translation>%1 (déjà dans le coffre)</translation>
    </message>
    <message>
        <source>Files to attach to the entry</source>
        <translation>Fichiers à joindre à l&apos;entrée</translation>
    </message>
    <message>
        <source>Write what happened before recording the entry.</source>
        <translation>Décrivez ce qui s&apos;est passé avant d&apos;enregistrer l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a case…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>no unit yet</source>
        <translation>unité non renseignée</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Création du journal…</translation>
    </message>
    <message>
        <source>Journal %1 started. It is a draft: nobody else sees it, and it is not a report until you file one.</source>
        <translation>Journal %1 commencé. C&apos;est un brouillon : personne d&apos;autre ne le voit, et ce n&apos;est pas un signalement tant que vous n&apos;en avez pas déposé un.</translation>
    </message>
    <message>
        <source>Evidence journal</source>
        <translation>Journal de preuves</translation>
    </message>
    <message>
        <source>Record now, report later: write down what happens, when it happens. Each entry keeps the date of the event and the time you recorded it, sealed by the application. A journal stays a draft, seen by no one, until you file a report.</source>
        <translation>Consignez maintenant, signalez plus tard : notez ce qui se passe, au moment où cela se passe. Chaque entrée conserve la date des faits et l&apos;heure à laquelle vous l&apos;avez enregistrée, scellée par l&apos;application. Un journal reste un brouillon, que personne ne voit, tant que vous n&apos;avez pas déposé de signalement.</translation>
    </message>
    <message>
        <source>&amp;Journal of</source>
        <translation>&amp;Journal du dossier</translation>
    </message>
    <message>
        <source>Case whose journal is shown</source>
        <translation>Dossier dont le journal est affiché</translation>
    </message>
    <message>
        <source>&amp;Start a new journal</source>
        <translation>&amp;Commencer un nouveau journal</translation>
    </message>
    <message>
        <source>Create a draft case for this journal; it is not filed until you file a report</source>
        <translation>Créer un dossier en brouillon pour ce journal ; rien n&apos;est déposé tant que vous ne déposez pas de signalement</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Commencer un nouveau journal</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the case of this journal</source>
        <translation>Ouvrir le dossier de ce journal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Choose a case above, or start a new journal.</source>
        <translation>Choisissez un dossier ci-dessus ou commencez un nouveau journal.</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Sélectionnez une entrée pour la lire en entier.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Date des faits : %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Recorded: %1 (set by the application, cannot be changed)</source>
        <translation>Enregistrée le %1 (heure fixée par l&apos;application, non modifiable)</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1</source>
        <translation>Scellée dans l&apos;entrée d&apos;audit %1</translation>
    </message>
    <message>
        <source>Superseded by the version recorded on %1</source>
        <translation>Remplacée par la version enregistrée le %1</translation>
    </message>
    <message>
        <source>%1 (%2) SHA-256 %3</source>
        <translation>%1 (%2) SHA-256 %3</translation>
    </message>
    <message>
        <source>a file no longer in the vault</source>
        <translation>un fichier qui n&apos;est plus dans le coffre</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Fichiers joints :</translation>
    </message>
    <message>
        <source>Recording the entry…</source>
        <translation>Enregistrement de l&apos;entrée…</translation>
    </message>
    <message>
        <source>Recorded at %1.</source>
        <translation>Entrée enregistrée le %1.</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1.</source>
        <translation>Scellée dans l&apos;entrée d&apos;audit %1.</translation>
    </message>
    <message>
        <source>The entry was not recorded:</source>
        <translation>L&apos;entrée n&apos;a pas été enregistrée :</translation>
    </message>
    <message>
        <source>Evidence journal</source>
        <translation>Journal de preuves</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Record what happened; the time of recording is set and sealed by the application</source>
        <translation>Consigner ce qui s&apos;est passé ; l&apos;heure d&apos;enregistrement est fixée et scellée par l&apos;application</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nouvelle entrée du journal</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Write a new version of the selected entry; the earlier version stays visible</source>
        <translation>Rédiger une nouvelle version de l&apos;entrée sélectionnée ; la version précédente reste visible</translation>
    </message>
    <message>
        <source>Write a new version of the selected entry</source>
        <translation>Rédiger une nouvelle version de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Recording the entry</source>
        <translation>Enregistrement de l&apos;entrée en cours</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Dates and seal of the selected entry</source>
        <translation>Dates et scellement de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Full text</source>
        <translation>Te&amp;xte intégral</translation>
    </message>
    <message>
        <source>Full text of the selected entry</source>
        <translation>Texte intégral de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Files attached to the selected entry</source>
        <translation>Fichiers joints à l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Versions of this entry (the original first)</source>
        <translation>Ve&amp;rsions de cette entrée (la version d&apos;origine en premier)</translation>
    </message>
    <message>
        <source>Versions of the selected entry</source>
        <translation>Versions de l&apos;entrée sélectionnée</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Event date</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellement</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Superseded (version %1)</source>
        <translation>Remplacée (version %1)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1</source>
        <translation>Scellée dans l&apos;entrée d&apos;audit %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réception accusée</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Transmis en médiation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violences</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Moral harassment</source>
        <translation>Harcèlement moral</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Harcèlement sexuel</translation>
    </message>
    <message>
        <source>Sexist act</source>
        <translation>Agissement sexiste</translation>
    </message>
    <message>
        <source>Workplace conflict</source>
        <translation>Conflit au travail</translation>
    </message>
    <message>
        <source>Level 1: insults, provocation, remarks</source>
        <translation>Niveau 1 : insultes, provocations, propos</translation>
    </message>
    <message>
        <source>Level 2: threats</source>
        <translation>Niveau 2 : menaces</translation>
    </message>
    <message>
        <source>Level 3: physical violence</source>
        <translation>Niveau 3 : violences physiques</translation>
    </message>
    <message>
        <source>Level 4: armed or sexual violence, sequestration</source>
        <translation>Niveau 4 : violences avec arme ou sexuelles, séquestration</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Faits non établis</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>Accord de médiation</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>Échec de la médiation</translation>
    </message>
    <message>
        <source>Redirected to another authority</source>
        <translation>Réorienté vers une autre autorité</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Signalement retiré</translation>
    </message>
    <message>
        <source>Disciplinary proceedings</source>
        <translation>Procédure disciplinaire</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>Procédure judiciaire</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour d&apos;information</translation>
    </message>
    <message>
        <source>Mediator&apos;s acknowledgement</source>
        <translation>Accusé de réception du médiateur</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>hors délai</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Between staff</source>
        <translation>Entre membres du personnel</translation>
    </message>
    <message>
        <source>From outside (patients, visitors)</source>
        <translation>De l&apos;extérieur (patients, visiteurs)</translation>
    </message>
    <message>
        <source>Presumed author</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier(ère)</translation>
    </message>
    <message>
        <source>Nursing assistant</source>
        <translation>Aide-soignant(e)</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Sage-femme</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacien(ne)</translation>
    </message>
    <message>
        <source>Medical technician</source>
        <translation>Personnel médico-technique</translation>
    </message>
    <message>
        <source>Rehabilitation professional</source>
        <translation>Personnel de rééducation</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistant(e) de service social</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant(e) ou élève</translation>
    </message>
    <message>
        <source>Administrative staff</source>
        <translation>Personnel administratif</translation>
    </message>
    <message>
        <source>Technical staff</source>
        <translation>Personnel technique</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Personnel de direction</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>N%1</translation>
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
        <translation>Contenu de la section</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Nouveau signalement</translation>
    </message>
    <message>
        <source>Start a new report (Ctrl+N)</source>
        <translation>Commencer un nouveau signalement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>&amp;Masquer immédiatement</translation>
    </message>
    <message>
        <source>Hide every window at once and lock (Ctrl+Shift+H)</source>
        <translation>Masquer toutes les fenêtres d&apos;un coup et verrouiller (Ctrl+Maj+H)</translation>
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
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase de passe incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas le coffre.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key looks mistyped.</source>
        <translation>Le groupe %1 de la clé de récupération semble mal saisi.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 13 groups of 5 letters and digits.</source>
        <translation>Ce n&apos;est pas une clé de récupération : une telle clé comporte 13 groupes de 5 lettres et chiffres.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 10 characters, several words are easiest.</source>
        <translation>Cette phrase de passe est trop courte : utilisez au moins 10 caractères ; le plus simple est d&apos;enchaîner plusieurs mots.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>le processus %1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>The vault is already open in %1. Close it there first.</source>
        <translation>Le coffre est déjà ouvert par %1. Fermez-le d&apos;abord dans ce programme.</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing it. Your changes were not saved: reload and apply them again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet élément pendant que vous le modifiiez. Vos modifications n&apos;ont pas été enregistrées : rechargez-le et appliquez-les de nouveau.</translation>
    </message>
    <message>
        <source>There is no vault at this place.</source>
        <translation>Il n&apos;y a pas de coffre à cet emplacement.</translation>
    </message>
    <message>
        <source>This file is not a Hospital Mediation vault.</source>
        <translation>Ce fichier n&apos;est pas un coffre Hospital Mediation.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Hospital Mediation. Install the latest version.</source>
        <translation>Ce coffre a été créé par une version plus récente de Hospital Mediation. Installez la dernière version.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Le serveur de base de données est injoignable.</translation>
    </message>
    <message>
        <source>This step is not possible now.</source>
        <translation>Cette étape n&apos;est pas possible pour le moment.</translation>
    </message>
    <message>
        <source>Something in the form cannot be saved.</source>
        <translation>Un élément du formulaire ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The key slot of this vault is damaged or was altered. Use your recovery key.</source>
        <translation>L&apos;emplacement de clé de ce coffre est endommagé ou a été modifié. Utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>The vault failed an integrity check: something was altered or damaged. Nothing was written. Keep a copy of the file and run a full verification.</source>
        <translation>Le coffre n&apos;a pas passé le contrôle d&apos;intégrité : un élément a été modifié ou endommagé. Rien n&apos;a été écrit. Conservez une copie du fichier et lancez une vérification complète.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Nothing was written.</source>
        <translation>Une erreur inattendue s&apos;est produite (%1). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A case cannot move from “%1” to “%2”; from “%1” it can move to: %3.</source>
        <translation>Un dossier ne peut pas passer de « %1 » à « %2 » ; depuis « %1 », il peut passer à : %3.</translation>
    </message>
    <message>
        <source>Moving a case from “%1” to “%2” needs a reason.</source>
        <translation>Passer un dossier de « %1 » à « %2 » demande un motif.</translation>
    </message>
    <message>
        <source>Closing a case needs an outcome.</source>
        <translation>Clore un dossier demande une issue.</translation>
    </message>
    <message>
        <source>Only closing a case takes an outcome.</source>
        <translation>Seule la clôture d&apos;un dossier prend une issue.</translation>
    </message>
    <message>
        <source>Acknowledge the report first: the reporter is owed a written acknowledgement within 7 working days (only an anonymous report goes straight to review).</source>
        <translation>Accusez d&apos;abord réception du signalement : son auteur doit recevoir un accusé de réception écrit sous 7 jours ouvrés (seul un signalement anonyme passe directement à l&apos;examen).</translation>
    </message>
    <message>
        <source>The date of this step (%1) is in the future.</source>
        <translation>La date de cette étape (%1) est dans le futur.</translation>
    </message>
    <message>
        <source>The date of this step (%1) is before the report was received (%2).</source>
        <translation>La date de cette étape (%1) précède la réception du signalement (%2).</translation>
    </message>
    <message>
        <source>The feedback date (%1) is in the future.</source>
        <translation>La date du retour (%1) est dans le futur.</translation>
    </message>
    <message>
        <source>The feedback date (%1) is before the report was received (%2).</source>
        <translation>La date du retour (%1) précède la réception du signalement (%2).</translation>
    </message>
    <message>
        <source>A draft has not been filed: there is no feedback to record yet.</source>
        <translation>Un brouillon n&apos;a pas été déposé : il n&apos;y a pas encore de retour à enregistrer.</translation>
    </message>
    <message>
        <source>Line %1 of the directory of services and authorities has no name.</source>
        <translation>La ligne %1 de l&apos;annuaire des services et autorités n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>An anonymous report cannot name its reporter or give their contact.</source>
        <translation>Un signalement anonyme ne peut ni nommer son auteur ni donner ses coordonnées.</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Relation</source>
        <translation>Lien avec les faits</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Hierarchical superior</source>
        <translation>Supérieur hiérarchique</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Accepte d&apos;être contacté(e)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches contiguës sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs courts tracés sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeated characters are easy to guess.</source>
        <translation>Les caractères répétés sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Les suites comme abc ou 6543 sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are easy to guess.</source>
        <translation>Les dates sont faciles à deviner.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is close to a common password.</source>
        <translation>Cela ressemble à un mot de passe courant.</translation>
    </message>
    <message>
        <source>A single word is easy to guess: add more words.</source>
        <translation>Un mot seul est facile à deviner : ajoutez d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Names on their own are easy to guess.</source>
        <translation>Les noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names are easy to guess.</source>
        <translation>Les noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters. Several unrelated words are easiest to remember.</source>
        <translation>Trop courte : au moins %1 caractères. Plusieurs mots sans lien entre eux sont les plus faciles à retenir.</translation>
    </message>
    <message>
        <source>Very weak.</source>
        <translation>Très faible.</translation>
    </message>
    <message>
        <source>Weak.</source>
        <translation>Faible.</translation>
    </message>
    <message>
        <source>Fair, but easy to guess with a computer.</source>
        <translation>Moyenne, mais facile à deviner par un ordinateur.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
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
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New exchange with the reporter</source>
        <translation>Nouvel échange avec l&apos;auteur du signalement</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Services d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>&amp;Directed to</source>
        <translation>&amp;Orientation vers</translation>
    </message>
    <message>
        <source>Service or authority the person was directed to</source>
        <translation>Service ou autorité vers lequel la personne a été orientée</translation>
    </message>
    <message>
        <source>Choose from the directory or type…</source>
        <translation>Choisir dans l&apos;annuaire ou saisir…</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <source>Choose or type the service or authority the person was directed to.</source>
        <translation>Choisissez ou saisissez le service ou l&apos;autorité vers lequel la personne a été orientée.</translation>
    </message>
    <message>
        <source>Write a title or a text first.</source>
        <translation>Saisissez d&apos;abord un titre ou un texte.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Apply your changes again, then save.</source>
        <translation>Voici la version enregistrée par une autre personne. Refaites vos modifications, puis enregistrez.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Follow-up — Hospital Mediation</source>
        <translation>Suivi — Hospital Mediation</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>The record has a date</source>
        <translation>L&apos;élément est daté</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Choose a support service or an authority from the directory (edited in Settings), or type another.</source>
        <translation>Choisissez un service d&apos;accompagnement ou une autorité dans l&apos;annuaire (modifiable dans les Paramètres), ou saisissez-en un autre.</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Reload the version saved by someone else</source>
        <translation>Recharger la version enregistrée par une autre personne</translation>
    </message>
    <message>
        <source>Saving in progress</source>
        <translation>Enregistrement en cours</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Enregistrer ou annuler</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set the new passphrase</source>
        <translation>Définir la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Lost passphrase — Hospital Mediation</source>
        <translation>Phrase de passe perdue — Hospital Mediation</translation>
    </message>
    <message>
        <source>Type the recovery key you kept when the vault was created, then choose a new passphrase. Your cases stay as they are.</source>
        <translation>Saisissez la clé de récupération conservée lors de la création du coffre, puis choisissez une nouvelle phrase de passe. Vos dossiers restent inchangés.</translation>
    </message>
    <message>
        <source>&amp;Recovery key (13 groups of 5)</source>
        <translation>&amp;Clé de récupération (13 groupes de 5)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Saisissez-la de nouveau</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>Définition de la nouvelle phrase de passe en cours</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirmer ou annuler</translation>
    </message>
</context>
<context>
    <name>ReportPartyTableModel</name>
    <message>
        <source>Their part in it</source>
        <translation>Rôle dans les faits</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Role or job</source>
        <translation>Fonction ou métier</translation>
    </message>
    <message>
        <source>Your superior?</source>
        <translation>Votre supérieur hiérarchique ?</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>Person whose behaviour is reported</source>
        <translation>Personne mise en cause</translation>
    </message>
    <message>
        <source>Person affected</source>
        <translation>Personne ayant subi les faits</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Save and continue &amp;later</source>
        <translation>Enregistrer et &amp;finir plus tard</translation>
    </message>
    <message>
        <source>Save and continue later</source>
        <translation>Enregistrer et finir plus tard</translation>
    </message>
    <message>
        <source>Back to the &amp;review</source>
        <translation>Revenir au &amp;récapitulatif</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Revenir au récapitulatif</translation>
    </message>
    <message>
        <source>&amp;File the report</source>
        <translation>&amp;Déposer le signalement</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>State of the draft</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation>%1 (étape en cours)</translation>
    </message>
    <message>
        <source>%1 (health information)</source>
        <translation>%1 (données de santé)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a question and its answer, on the review page</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>your superior</source>
        <translation>votre supérieur hiérarchique</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>It happened more than once</source>
        <translation>Cela s&apos;est produit plusieurs fois</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation>Lieu précis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Arrêt maladie</translation>
    </message>
    <message>
        <source>Days of sick leave</source>
        <translation>Jours d&apos;arrêt maladie</translation>
    </message>
    <message>
        <source>Declared as a work accident</source>
        <translation>Déclaré en accident de service ou du travail</translation>
    </message>
    <message>
        <source>ITT</source>
        <translation>ITT</translation>
    </message>
    <message>
        <source>Closest kind</source>
        <translation>Type le plus proche</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>je ne sais pas</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Anonymous: no acknowledgement can be sent to you</source>
        <translation>Anonyme : aucun accusé de réception ne pourra vous être envoyé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Vous êtes</translation>
    </message>
    <message>
        <source>The report arrives</source>
        <translation>Mode de transmission</translation>
    </message>
    <message>
        <source>someone who saw or heard it</source>
        <translation>une personne qui a vu ou entendu les faits</translation>
    </message>
    <message>
        <source>the person it happened to</source>
        <translation>la personne qui a vécu les faits</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved a moment ago</source>
        <translation>Enregistré à l&apos;instant</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Opening your draft…</source>
        <translation>Ouverture de votre brouillon…</translation>
    </message>
    <message>
        <source>Draft opened</source>
        <translation>Brouillon ouvert</translation>
    </message>
    <message>
        <source>This draft could not be opened, a new one is started: %1</source>
        <translation>Ce brouillon n&apos;a pas pu être ouvert, un nouveau brouillon est commencé : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>The draft could not be removed: %1</source>
        <translation>Le brouillon n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>Nothing was lost: your draft is kept.</source>
        <translation>Rien n&apos;a été perdu : votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>New report — Hospital Mediation</source>
        <translation>Nouveau signalement — Hospital Mediation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>In your own words. You can stop and come back.</source>
        <translation>Avec vos propres mots. Vous pouvez vous arrêter et revenir plus tard.</translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation>&amp;Que s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>&amp;Anything about the circumstances you want to add (what was going on before or after, for example)</source>
        <translation>&amp;Ce que vous souhaitez ajouter sur les circonstances (par exemple, ce qui se passait avant ou après)</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. Every question in this report is optional: answer only what you want to.</source>
        <translation>Écrivez autant ou aussi peu que vous le souhaitez. Toutes les questions de ce signalement sont facultatives : ne répondez qu&apos;à celles que vous voulez.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>If you do not remember exactly, that is fine: leave what you do not know.</source>
        <translation>Si vous ne vous souvenez pas exactement, ce n&apos;est pas grave : laissez vide ce que vous ne savez pas.</translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation>Je connais la &amp;date</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Je connais la date</translation>
    </message>
    <message>
        <source>I know the &amp;time</source>
        <translation>Je connais l&apos;&amp;heure</translation>
    </message>
    <message>
        <source>I know the time</source>
        <translation>Je connais l&apos;heure</translation>
    </message>
    <message>
        <source>It happened &amp;more than once</source>
        <translation>&amp;Cela s&apos;est produit plusieurs fois</translation>
    </message>
    <message>
        <source>I know when it first &amp;happened</source>
        <translation>Je sais &amp;quand cela s&apos;est produit la première fois</translation>
    </message>
    <message>
        <source>I know when it first happened</source>
        <translation>Je sais quand cela s&apos;est produit la première fois</translation>
    </message>
    <message>
        <source>When it first happened</source>
        <translation>Date de la première fois</translation>
    </message>
    <message>
        <source>If it happened more than once, the date above can be the last time.</source>
        <translation>Si cela s&apos;est produit plusieurs fois, la date ci-dessus peut être celle de la dernière fois.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Where did it take place? Fill in only what you want to.</source>
        <translation>Où cela s&apos;est-il passé ? Ne remplissez que ce que vous souhaitez.</translation>
    </message>
    <message>
        <source>&amp;Where exactly</source>
        <translation>&amp;Lieu précis</translation>
    </message>
    <message>
        <source>For example: a corridor, a patient&apos;s room, the break room, the car park.</source>
        <translation>Par exemple : un couloir, la chambre d&apos;un patient, la salle de pause, le parking.</translation>
    </message>
    <message>
        <source>&amp;Unit or department</source>
        <translation>&amp;Unité ou service</translation>
    </message>
    <message>
        <source>Unit or department</source>
        <translation>Unité ou service</translation>
    </message>
    <message>
        <source>&amp;Pôle</source>
        <translation>Pôl&amp;e</translation>
    </message>
    <message>
        <source>&amp;Establishment</source>
        <translation>É&amp;tablissement</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Only if you wish. Names are optional: a role (for example &quot;a night-shift nurse&quot;) is enough.</source>
        <translation>Seulement si vous le souhaitez. Les noms sont facultatifs : une fonction (par exemple « une infirmière de nuit ») suffit.</translation>
    </message>
    <message>
        <source>&amp;People involved (press F2 to change the selected cell)</source>
        <translation>Personnes &amp;impliquées (appuyez sur F2 pour modifier la cellule sélectionnée)</translation>
    </message>
    <message>
        <source>Press F2 to change the selected cell.</source>
        <translation>Appuyez sur F2 pour modifier la cellule sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>Add a person involved</source>
        <translation>Ajouter une personne impliquée</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Retirer la personne sélectionnée</translation>
    </message>
    <message>
        <source>Who saw it</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Did anyone else see or hear what happened? Only if you wish.</source>
        <translation>Quelqu&apos;un d&apos;autre a-t-il vu ou entendu ce qui s&apos;est passé ? Seulement si vous le souhaitez.</translation>
    </message>
    <message>
        <source>&amp;People who saw or heard it (press F2 to change the selected cell)</source>
        <translation>Personnes qui ont &amp;vu ou entendu les faits (appuyez sur F2 pour modifier la cellule sélectionnée)</translation>
    </message>
    <message>
        <source>People who saw or heard it</source>
        <translation>Personnes qui ont vu ou entendu les faits</translation>
    </message>
    <message>
        <source>Press F2 to change the selected cell; Space ticks &quot;agrees to be contacted&quot;.</source>
        <translation>Appuyez sur F2 pour modifier la cellule sélectionnée ; la barre d&apos;espace coche « Accepte d&apos;être contacté ».</translation>
    </message>
    <message>
        <source>Add a person who saw or heard it</source>
        <translation>Ajouter une personne qui a vu ou entendu les faits</translation>
    </message>
    <message>
        <source>Tick &quot;agrees to be contacted&quot; only if the person told you so.</source>
        <translation>Cochez « Accepte d&apos;être contacté » seulement si la personne vous a donné son accord.</translation>
    </message>
    <message>
        <source>How it has affected you</source>
        <translation>Conséquences pour vous</translation>
    </message>
    <message>
        <source>Optional. What you write here is health information.</source>
        <translation>Facultatif. Ce que vous écrivez ici relève des données de santé.</translation>
    </message>
    <message>
        <source>Health information: kept encrypted like the rest of the report, shown only to the people handling it, and left out of exports unless someone chooses to include it.</source>
        <translation>Données de santé : chiffrées comme le reste du signalement, visibles uniquement par les personnes qui le traitent, et exclues des exports sauf si quelqu&apos;un choisit de les inclure.</translation>
    </message>
    <message>
        <source>Health information notice</source>
        <translation>Information sur les données de santé</translation>
    </message>
    <message>
        <source>&amp;In your own words (for example on your health, your sleep, your work)</source>
        <translation>&amp;Avec vos propres mots (par exemple sur votre santé, votre sommeil, votre travail)</translation>
    </message>
    <message>
        <source>I have been on &amp;sick leave because of it</source>
        <translation>J&apos;ai été en arrêt &amp;maladie à cause de cela</translation>
    </message>
    <message>
        <source>Sick leave because of it</source>
        <translation>Arrêt maladie lié aux faits</translation>
    </message>
    <message>
        <source>Number of &amp;days of sick leave</source>
        <translation>Nombre de &amp;jours d&apos;arrêt maladie</translation>
    </message>
    <message>
        <source>Number of days of sick leave</source>
        <translation>Nombre de jours d&apos;arrêt maladie</translation>
    </message>
    <message>
        <source>It was declared as a &amp;work accident</source>
        <translation>Cela a été déclaré en accident de service ou du &amp;travail</translation>
    </message>
    <message>
        <source>Days of &amp;total incapacity for work (ITT) on a medical certificate</source>
        <translation>Jours d&apos;&amp;incapacité totale de travail (ITT) sur certificat médical</translation>
    </message>
    <message>
        <source>Days of total incapacity for work (ITT)</source>
        <translation>Jours d&apos;incapacité totale de travail (ITT)</translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation>Ce que vous avez déjà fait</translation>
    </message>
    <message>
        <source>For example: talked to someone, seen a doctor, written to your manager. If nothing yet, that is fine too.</source>
        <translation>Par exemple : en parler à quelqu&apos;un, consulter un médecin, écrire à votre responsable. Si vous n&apos;avez encore rien fait, ce n&apos;est pas grave non plus.</translation>
    </message>
    <message>
        <source>&amp;What you have already done, if anything</source>
        <translation>&amp;Ce que vous avez déjà fait, le cas échéant</translation>
    </message>
    <message>
        <source>What you would like to happen</source>
        <translation>Ce que vous souhaiteriez</translation>
    </message>
    <message>
        <source>There is no wrong answer. You can also leave this empty.</source>
        <translation>Il n&apos;y a pas de mauvaise réponse. Vous pouvez aussi laisser ce champ vide.</translation>
    </message>
    <message>
        <source>&amp;What you would like to happen</source>
        <translation>&amp;Ce que vous souhaiteriez qu&apos;il se passe</translation>
    </message>
    <message>
        <source>Helping to classify it</source>
        <translation>Aide au classement</translation>
    </message>
    <message>
        <source>Choose what seems closest. If you are not sure, say so: the people handling the report will sort it out with you.</source>
        <translation>Choisissez ce qui vous semble le plus proche. Si vous hésitez, dites-le : les personnes qui traitent le signalement le préciseront avec vous.</translation>
    </message>
    <message>
        <source>Which seems closest?</source>
        <translation>Quelle catégorie semble la plus proche ?</translation>
    </message>
    <message>
        <source>I am not s&amp;ure</source>
        <translation>&amp;Je ne sais pas</translation>
    </message>
    <message>
        <source>Category: I am not sure</source>
        <translation>Catégorie : je ne sais pas</translation>
    </message>
    <message>
        <source>&amp;Violence</source>
        <translation>&amp;Violence</translation>
    </message>
    <message>
        <source>Category: violence</source>
        <translation>Catégorie : violence</translation>
    </message>
    <message>
        <source>Aggression against a person: insults, threats, pushing, blows, or worse.</source>
        <translation>Agression contre une personne : insultes, menaces, bousculades, coups, voire pire.</translation>
    </message>
    <message>
        <source>&amp;Discrimination</source>
        <translation>&amp;Discrimination</translation>
    </message>
    <message>
        <source>Category: discrimination</source>
        <translation>Catégorie : discrimination</translation>
    </message>
    <message>
        <source>Being treated less well because of who you are: for example your origin, sex, age, health, disability, religion, sexual orientation or union activity.</source>
        <translation>Subir un traitement moins favorable en raison de ce que vous êtes : par exemple votre origine, votre sexe, votre âge, votre état de santé, votre handicap, votre religion, votre orientation sexuelle ou votre activité syndicale.</translation>
    </message>
    <message>
        <source>&amp;Moral harassment</source>
        <translation>Harcèlement &amp;moral</translation>
    </message>
    <message>
        <source>Category: moral harassment</source>
        <translation>Catégorie : harcèlement moral</translation>
    </message>
    <message>
        <source>Repeated behaviour that makes your working conditions worse and can harm your dignity, your health or your career.</source>
        <translation>Des agissements répétés qui dégradent vos conditions de travail et peuvent porter atteinte à votre dignité, à votre santé ou à votre carrière.</translation>
    </message>
    <message>
        <source>&amp;Sexual harassment</source>
        <translation>Harcèlement se&amp;xuel</translation>
    </message>
    <message>
        <source>Category: sexual harassment</source>
        <translation>Catégorie : harcèlement sexuel</translation>
    </message>
    <message>
        <source>Repeated remarks or behaviour of a sexual or sexist nature, or even a single serious pressure to obtain a sexual act.</source>
        <translation>Des propos ou comportements à connotation sexuelle ou sexiste répétés, ou même une seule pression grave visant à obtenir un acte de nature sexuelle.</translation>
    </message>
    <message>
        <source>Se&amp;xist act</source>
        <translation>&amp;Agissement sexiste</translation>
    </message>
    <message>
        <source>Category: sexist act</source>
        <translation>Catégorie : agissement sexiste</translation>
    </message>
    <message>
        <source>A remark or behaviour linked to someone&apos;s sex that offends their dignity or creates a hostile, humiliating atmosphere, even once.</source>
        <translation>Un propos ou un comportement lié au sexe d&apos;une personne, qui porte atteinte à sa dignité ou crée un climat hostile ou humiliant, même une seule fois.</translation>
    </message>
    <message>
        <source>Wor&amp;kplace conflict</source>
        <translation>&amp;Conflit au travail</translation>
    </message>
    <message>
        <source>Category: workplace conflict</source>
        <translation>Catégorie : conflit au travail</translation>
    </message>
    <message>
        <source>A disagreement or tension at work. Not every conflict is harassment, and a conflict is still worth reporting.</source>
        <translation>Un désaccord ou une tension au travail. Tout conflit n&apos;est pas du harcèlement, et un conflit mérite tout de même d&apos;être signalé.</translation>
    </message>
    <message>
        <source>Were the people involved from the establishment?</source>
        <translation>Les personnes impliquées faisaient-elles partie de l&apos;établissement ?</translation>
    </message>
    <message>
        <source>Yes, people working &amp;in the establishment</source>
        <translation>&amp;Oui, des personnes travaillant dans l&apos;établissement</translation>
    </message>
    <message>
        <source>People working in the establishment</source>
        <translation>Personnes travaillant dans l&apos;établissement</translation>
    </message>
    <message>
        <source>Colleagues, managers, other staff or students.</source>
        <translation>Collègues, encadrement, autres personnels ou étudiants.</translation>
    </message>
    <message>
        <source>No, people from &amp;outside</source>
        <translation>&amp;Non, des personnes extérieures</translation>
    </message>
    <message>
        <source>People from outside the establishment</source>
        <translation>Personnes extérieures à l&apos;établissement</translation>
    </message>
    <message>
        <source>Patients, their relatives, visitors.</source>
        <translation>Patients, leurs proches, visiteurs.</translation>
    </message>
    <message>
        <source>How serious it was</source>
        <translation>Gravité des faits</translation>
    </message>
    <message>
        <source>Hospitals count violence on the same four-level scale (the national observatory, ONVS). Choose the closest, or leave it open.</source>
        <translation>Les établissements de santé classent les violences selon une même échelle à quatre niveaux (Observatoire national des violences en milieu de santé, ONVS). Choisissez le niveau le plus proche, ou laissez la question ouverte.</translation>
    </message>
    <message>
        <source>Which level is closest?</source>
        <translation>Quel niveau est le plus proche ?</translation>
    </message>
    <message>
        <source>Level: I am not sure</source>
        <translation>Niveau : je ne sais pas</translation>
    </message>
    <message>
        <source>Level &amp;1</source>
        <translation>Niveau &amp;1</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Insults, provocation, discriminatory or sexual remarks, nuisance.</source>
        <translation>Insultes, provocations, propos discriminatoires ou à caractère sexuel, nuisances.</translation>
    </message>
    <message>
        <source>Level &amp;2</source>
        <translation>Niveau &amp;2</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>Threats to someone&apos;s physical safety, death threats, carrying a weapon.</source>
        <translation>Menaces d&apos;atteinte à l&apos;intégrité physique, menaces de mort, port d&apos;arme.</translation>
    </message>
    <message>
        <source>Level &amp;3</source>
        <translation>Niveau &amp;3</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Deliberate physical violence: pushing, spitting, blows, strangling.</source>
        <translation>Violences physiques volontaires : bousculades, crachats, coups, strangulation.</translation>
    </message>
    <message>
        <source>Level &amp;4</source>
        <translation>Niveau &amp;4</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Niveau 4</translation>
    </message>
    <message>
        <source>Violence with a weapon, rape, being held against one&apos;s will.</source>
        <translation>Violences avec arme, viol, séquestration.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Vous concernant</translation>
    </message>
    <message>
        <source>You decide what you share about yourself.</source>
        <translation>C&apos;est vous qui décidez de ce que vous indiquez sur vous.</translation>
    </message>
    <message>
        <source>Report &amp;anonymously</source>
        <translation>Signaler &amp;anonymement</translation>
    </message>
    <message>
        <source>Report anonymously</source>
        <translation>Signaler anonymement</translation>
    </message>
    <message>
        <source>Your name and contact details are then not recorded. This also means that no acknowledgement and no news about the report can be sent to you, unless you come forward later.</source>
        <translation>Votre nom et vos coordonnées ne sont alors pas enregistrés. Cela signifie aussi qu&apos;aucun accusé de réception ni aucune nouvelle du signalement ne pourra vous être envoyé, sauf si vous vous faites connaître plus tard.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>How to &amp;contact you (phone or e-mail)</source>
        <translation>&amp;Comment vous contacter (téléphone ou courriel)</translation>
    </message>
    <message>
        <source>How to contact you</source>
        <translation>Comment vous contacter</translation>
    </message>
    <message>
        <source>Your &amp;profession</source>
        <translation>Votre profess&amp;ion</translation>
    </message>
    <message>
        <source>Your profession</source>
        <translation>Votre profession</translation>
    </message>
    <message>
        <source>Your &amp;unit</source>
        <translation>Votre &amp;unité</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Votre unité</translation>
    </message>
    <message>
        <source>Are you…</source>
        <translation>Vous êtes…</translation>
    </message>
    <message>
        <source>the person it happened &amp;to</source>
        <translation>la personne qui a &amp;vécu les faits</translation>
    </message>
    <message>
        <source>I am the person it happened to</source>
        <translation>Je suis la personne qui a vécu les faits</translation>
    </message>
    <message>
        <source>someone who &amp;saw or heard it</source>
        <translation>une personne qui a vu ou &amp;entendu les faits</translation>
    </message>
    <message>
        <source>I saw or heard it</source>
        <translation>J&apos;ai vu ou entendu les faits</translation>
    </message>
    <message>
        <source>How does this report arrive?</source>
        <translation>Comment ce signalement est-il transmis ?</translation>
    </message>
    <message>
        <source>In writin&amp;g</source>
        <translation>Par écri&amp;t</translation>
    </message>
    <message>
        <source>Arrives in writing</source>
        <translation>Transmis par écrit</translation>
    </message>
    <message>
        <source>&amp;Orally</source>
        <translation>&amp;Oralement</translation>
    </message>
    <message>
        <source>Arrives orally</source>
        <translation>Transmis oralement</translation>
    </message>
    <message>
        <source>At a m&amp;eeting</source>
        <translation>&amp;Lors d&apos;un entretien</translation>
    </message>
    <message>
        <source>Arrives at a meeting</source>
        <translation>Transmis lors d&apos;un entretien</translation>
    </message>
    <message>
        <source>Someone helping you</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Is someone helping you with this report? For example a union representative, an association or an advocate. Optional.</source>
        <translation>Quelqu&apos;un vous aide-t-il pour ce signalement ? Par exemple un représentant syndical, une association ou un accompagnant. Facultatif.</translation>
    </message>
    <message>
        <source>&amp;Who is helping you (a person or an organisation)</source>
        <translation>&amp;Qui vous accompagne (une personne ou un organisme)</translation>
    </message>
    <message>
        <source>Who is helping you</source>
        <translation>Qui vous accompagne</translation>
    </message>
    <message>
        <source>They can help you write the report and accompany you afterwards.</source>
        <translation>Cette personne ou cet organisme peut vous aider à rédiger le signalement, puis vous accompagner.</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Vérifiez votre signalement</translation>
    </message>
    <message>
        <source>Nothing is filed until you choose &quot;File the report&quot;. Use &quot;Change&quot; to correct any part.</source>
        <translation>Rien n&apos;est déposé tant que vous n&apos;avez pas choisi « Déposer le signalement ». Utilisez « Modifier » pour corriger une partie.</translation>
    </message>
    <message>
        <source>Summary of the report</source>
        <translation>Récapitulatif du signalement</translation>
    </message>
    <message>
        <source>To file the report, write a few words about what happened (first page) or choose the closest kind of event (&quot;Helping to classify it&quot;). Everything else is optional.</source>
        <translation>Pour déposer le signalement, écrivez quelques mots sur ce qui s&apos;est passé (première page) ou choisissez le type d&apos;événement le plus proche (« Aide au classement »). Tout le reste est facultatif.</translation>
    </message>
    <message>
        <source>What the report needs</source>
        <translation>Ce qu&apos;il faut pour déposer le signalement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Filing the report</source>
        <translation>Dépôt du signalement en cours</translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation>Signalement déposé</translation>
    </message>
    <message>
        <source>Thank you. The report is recorded and encrypted in the vault.</source>
        <translation>Merci. Le signalement est enregistré et chiffré dans le coffre.</translation>
    </message>
    <message>
        <source>Reference of the report</source>
        <translation>Référence du signalement</translation>
    </message>
    <message>
        <source>Keep this reference: it is how the report is found again.</source>
        <translation>Conservez cette référence : elle permet de retrouver le signalement.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Looking for cases due for deletion…</source>
        <translation>Recherche des dossiers à supprimer…</translation>
    </message>
    <message>
        <source>Deleting case %1…</source>
        <translation>Suppression du dossier %1…</translation>
    </message>
    <message>
        <source>Case %1 was deleted for good; an anonymous line is kept for statistics.</source>
        <translation>Le dossier %1 a été supprimé définitivement ; une ligne anonyme est conservée pour les statistiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due for deletion</source>
        <translation>
            <numerusform>%n dossier à supprimer</numerusform>
            <numerusform>%n dossiers à supprimer</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>Aucun dossier n&apos;est à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous line(s) kept for statistics</source>
        <translation>
            <numerusform>%n ligne anonyme conservée pour les statistiques</numerusform>
            <numerusform>%n lignes anonymes conservées pour les statistiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed cases whose retention period has ended. Delete them: the case and everything in it are destroyed for good; an anonymous line is kept for statistics. The periods are set in Settings.</source>
        <translation>Dossiers clos dont la durée de conservation est écoulée. Supprimez-les : le dossier et tout son contenu sont détruits définitivement ; une ligne anonyme est conservée pour les statistiques. Les durées se règlent dans les Paramètres.</translation>
    </message>
    <message>
        <source>Cases due for deletion</source>
        <translation>Dossiers à supprimer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Anonymous lines kept for statistics</source>
        <translation>Lignes anonymes conservées pour les statistiques</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the list of cases due for deletion</source>
        <translation>Actualiser la liste des dossiers à supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected case for good</source>
        <translation>Supprimer définitivement le dossier sélectionné</translation>
    </message>
</context>
<context>
    <name>RetentionRuleTableModel</name>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Kept after closure</source>
        <translation>Conservation après clôture</translation>
    </message>
    <message>
        <source>until decided</source>
        <translation>jusqu&apos;à décision</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mainland France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Moselle (57)</source>
        <translation>Moselle (57)</translation>
    </message>
    <message>
        <source>Alsace: Bas-Rhin and Haut-Rhin (67, 68)</source>
        <translation>Alsace : Bas-Rhin et Haut-Rhin (67, 68)</translation>
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
        <translation>Guyane (973)</translation>
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
        <translation>Chargement des paramètres…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Press Reload to see their version.</source>
        <translation>Cliquez sur « Recharger » pour afficher la version enregistrée.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time</source>
        <translation>Verrouiller après une période d&apos;&amp;inactivité</translation>
    </message>
    <message>
        <source>Lock after idle time, in minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <source>With no keyboard or mouse input for this long, the vault locks itself.</source>
        <translation>Sans action au clavier ou à la souris pendant cette durée, le coffre se verrouille automatiquement.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Largest &amp;attachment</source>
        <translation>Taille maximale d&apos;une pièce &amp;jointe</translation>
    </message>
    <message>
        <source>Largest attachment, in mebibytes</source>
        <translation>Taille maximale d&apos;une pièce jointe, en mébioctets</translation>
    </message>
    <message>
        <source>Larger files are refused when they are attached (2048 MiB = 2 GiB).</source>
        <translation>Les fichiers plus volumineux sont refusés lors de l&apos;ajout (2048 Mio = 2 Gio).</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>Jours &amp;fériés</translation>
    </message>
    <message>
        <source>Public holidays for working-day deadlines</source>
        <translation>Jours fériés pris en compte pour les échéances en jours ouvrés</translation>
    </message>
    <message>
        <source>Deadlines counted in working days (the 7-day acknowledgement) skip the public holidays of this place.</source>
        <translation>Les échéances comptées en jours ouvrés (accusé de réception sous 7 jours) excluent les jours fériés de ce territoire.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <source>Applies at once, for you on this computer; it is not stored in the vault.</source>
        <translation>S&apos;applique immédiatement, pour vous sur cet ordinateur ; ce réglage n&apos;est pas enregistré dans le coffre.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Kee&amp;p closed cases, by outcome, then delete them (only an anonymous line stays for statistics):</source>
        <translation>&amp;Conserver les dossiers clos, selon leur issue, puis les supprimer (seule une ligne anonyme est gardée pour les statistiques) :</translation>
    </message>
    <message>
        <source>Retention period by outcome</source>
        <translation>Durée de conservation selon l&apos;issue</translation>
    </message>
    <message>
        <source>Press F2 to change the months a closed case is kept.</source>
        <translation>Appuyez sur F2 pour modifier le nombre de mois de conservation d&apos;un dossier clos.</translation>
    </message>
    <message>
        <source>Restore the de&amp;faults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Restore the default retention periods</source>
        <translation>Rétablir les durées de conservation par défaut</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Support services and au&amp;thorities people can be directed to (occupational health, psychologist, listening cell, functional protection, inquiry…):</source>
        <translation>Services d&apos;accompagnement et au&amp;torités vers lesquels les personnes peuvent être orientées (santé au travail, psychologue, cellule d&apos;écoute, protection fonctionnelle, enquête…) :</translation>
    </message>
    <message>
        <source>Directory of support services and authorities</source>
        <translation>Annuaire des services d&apos;accompagnement et des autorités</translation>
    </message>
    <message>
        <source>Press F2 to edit the selected cell.</source>
        <translation>Appuyez sur F2 pour modifier la cellule sélectionnée.</translation>
    </message>
    <message>
        <source>A&amp;dd a service</source>
        <translation>&amp;Ajouter un service</translation>
    </message>
    <message>
        <source>Add a service or authority</source>
        <translation>Ajouter un service ou une autorité</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected service or authority</source>
        <translation>Retirer le service ou l&apos;autorité sélectionnés</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Reload the settings saved in the vault</source>
        <translation>Recharger les paramètres enregistrés dans le coffre</translation>
    </message>
    <message>
        <source>Discard your changes and show the settings saved in the vault.</source>
        <translation>Abandonner vos modifications et afficher les paramètres enregistrés dans le coffre.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Feedback to the reporter — Hospital Mediation</source>
        <translation>Retour d&apos;information à l&apos;auteur du signalement — Hospital Mediation</translation>
    </message>
    <message>
        <source>Record the written feedback given to the reporter: the measures considered or taken, and why. It ends the 3-month feedback deadline.</source>
        <translation>Consignez le retour d&apos;information écrit donné à l&apos;auteur du signalement : les mesures envisagées ou prises, et leurs motifs. Il clôt l&apos;échéance de 3 mois prévue pour le retour d&apos;information.</translation>
    </message>
    <message>
        <source>&amp;Date of the feedback</source>
        <translation>&amp;Date du retour d&apos;information</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Details of the feedback</source>
        <translation>Contenu du retour d&apos;information</translation>
    </message>
    <message>
        <source>Move the case from “%1” to “%2”.</source>
        <translation>Le dossier passe du statut « %1 » au statut « %2 ».</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Motif (facultatif)</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choisir l&apos;issue…</translation>
    </message>
    <message>
        <source>Choose the outcome of the case: it decides how long the case is kept.</source>
        <translation>Choisissez l&apos;issue du dossier : elle détermine sa durée de conservation.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case: it is kept in its history.</source>
        <translation>Indiquez le motif de réouverture du dossier : il est conservé dans son historique.</translation>
    </message>
    <message>
        <source>Next step — Hospital Mediation</source>
        <translation>Étape suivante — Hospital Mediation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of this step</source>
        <translation>Date de cette étape</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation>Issue du dossier</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Saving in progress</source>
        <translation>Enregistrement en cours</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Confirmer ou annuler</translation>
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
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Enregistré le %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second, on purpose)</source>
        <translation>Déverrouillage… (cela prend environ une seconde, volontairement)</translation>
    </message>
    <message>
        <source>Wait %1 seconds before trying again.</source>
        <translation>Patientez %1 s avant de réessayer.</translation>
    </message>
    <message>
        <source>Hospital Mediation</source>
        <translation>Hospital Mediation</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unlocking in progress</source>
        <translation>Déverrouillage en cours</translation>
    </message>
    <message>
        <source>I &amp;lost my passphrase…</source>
        <translation>&amp;J&apos;ai perdu ma phrase de passe…</translation>
    </message>
    <message>
        <source>I lost my passphrase</source>
        <translation>J&apos;ai perdu ma phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>_KindDelegate</name>
    <message>
        <source>Kind of service</source>
        <translation>Type de service</translation>
    </message>
</context>
<context>
    <name>_MonthsDelegate</name>
    <message>
        <source>until decided</source>
        <translation>jusqu&apos;à décision</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months kept after closure</source>
        <translation>Mois de conservation après clôture</translation>
    </message>
</context>
</TS>
