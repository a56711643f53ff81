# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_vault_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWizard,
    QWizardPage)

class Ui_CreateVaultWizard(object):
    def setupUi(self, CreateVaultWizard):
        if not CreateVaultWizard.objectName():
            CreateVaultWizard.setObjectName(u"CreateVaultWizard")
        CreateVaultWizard.resize(640, 480)
        CreateVaultWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.introPage = QWizardPage()
        self.introPage.setObjectName(u"introPage")
        self.introLayout = QVBoxLayout(self.introPage)
        self.introLayout.setObjectName(u"introLayout")
        self.introLabel = QLabel(self.introPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.introLayout.addWidget(self.introLabel)

        self.locationLabel = QLabel(self.introPage)
        self.locationLabel.setObjectName(u"locationLabel")

        self.introLayout.addWidget(self.locationLabel)

        self.locationLayout = QHBoxLayout()
        self.locationLayout.setObjectName(u"locationLayout")
        self.locationEdit = QLineEdit(self.introPage)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationLayout.addWidget(self.locationEdit)

        self.browseButton = QPushButton(self.introPage)
        self.browseButton.setObjectName(u"browseButton")

        self.locationLayout.addWidget(self.browseButton)


        self.introLayout.addLayout(self.locationLayout)

        self.nameLabel = QLabel(self.introPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.introLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(self.introPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.introLayout.addWidget(self.nameEdit)

        self.organisationLabel = QLabel(self.introPage)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.introLayout.addWidget(self.organisationLabel)

        self.organisationEdit = QLineEdit(self.introPage)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.introLayout.addWidget(self.organisationEdit)

        self.introSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.introLayout.addItem(self.introSpacer)

        CreateVaultWizard.addPage(self.introPage)
        self.passphrasePage = QWizardPage()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passphraseLayout = QVBoxLayout(self.passphrasePage)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLabel = QLabel(self.passphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.addWidget(self.passphraseEdit)

        self.confirmLabel = QLabel(self.passphrasePage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseLayout.addWidget(self.confirmLabel)

        self.confirmEdit = QLineEdit(self.passphrasePage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.addWidget(self.confirmEdit)

        self.strengthBar = QProgressBar(self.passphrasePage)
        self.strengthBar.setObjectName(u"strengthBar")

        self.passphraseLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.passphrasePage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.strengthLabel)

        self.creatingBar = QProgressBar(self.passphrasePage)
        self.creatingBar.setObjectName(u"creatingBar")
        self.creatingBar.setMaximum(0)
        self.creatingBar.setTextVisible(False)

        self.passphraseLayout.addWidget(self.creatingBar)

        self.creatingLabel = QLabel(self.passphrasePage)
        self.creatingLabel.setObjectName(u"creatingLabel")
        self.creatingLabel.setText(u"")
        self.creatingLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.creatingLabel)

        self.passphraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphraseLayout.addItem(self.passphraseSpacer)

        CreateVaultWizard.addPage(self.passphrasePage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryKeyLabel = QLabel(self.recoveryPage)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")
        self.recoveryKeyLabel.setText(u"")
        self.recoveryKeyLabel.setWordWrap(True)
        self.recoveryKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.recoveryKeyLabel.setStyleSheet(u"font-family: monospace; font-size: 14pt; padding: 12px; border: 1px solid palette(mid);")

        self.recoveryLayout.addWidget(self.recoveryKeyLabel)

        self.recoveryAdviceLabel = QLabel(self.recoveryPage)
        self.recoveryAdviceLabel.setObjectName(u"recoveryAdviceLabel")
        self.recoveryAdviceLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryAdviceLabel)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.savePdfButton = QPushButton(self.recoveryPage)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.recoveryButtons.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.recoveryPage)
        self.printButton.setObjectName(u"printButton")

        self.recoveryButtons.addWidget(self.printButton)

        self.recoveryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoveryButtonsSpacer)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.keptCheck = QCheckBox(self.recoveryPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.recoveryLayout.addWidget(self.keptCheck)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        CreateVaultWizard.addPage(self.recoveryPage)
        self.checkPage = QWizardPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.groupLabel = QLabel(self.checkPage)
        self.groupLabel.setObjectName(u"groupLabel")
        self.groupLabel.setText(u"")

        self.checkLayout.addWidget(self.groupLabel)

        self.groupEdit = QLineEdit(self.checkPage)
        self.groupEdit.setObjectName(u"groupEdit")
        self.groupEdit.setMaxLength(8)

        self.checkLayout.addWidget(self.groupEdit)

        self.checkMessageLabel = QLabel(self.checkPage)
        self.checkMessageLabel.setObjectName(u"checkMessageLabel")
        self.checkMessageLabel.setText(u"")
        self.checkMessageLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.checkMessageLabel)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checkLayout.addItem(self.checkSpacer)

        CreateVaultWizard.addPage(self.checkPage)
#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.groupLabel.setBuddy(self.groupEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreateVaultWizard)

        QMetaObject.connectSlotsByName(CreateVaultWizard)
    # setupUi

    def retranslateUi(self, CreateVaultWizard):
        CreateVaultWizard.setWindowTitle(QCoreApplication.translate("CreateVaultWizard", u"New vault \u2014 Hospital Mediation", None))
        self.introPage.setTitle(QCoreApplication.translate("CreateVaultWizard", u"Welcome", None))
        self.introPage.setSubTitle(QCoreApplication.translate("CreateVaultWizard", u"Your cases will be kept in a vault: one encrypted file on this computer, that only your passphrase (or your recovery key) opens.", None))
        self.introLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"Nothing leaves this computer unless you export it. Nobody, not even the authors of this application, can open the vault without your passphrase or your recovery key.", None))
        self.locationLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"&Where to keep the vault", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Vault location", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("CreateVaultWizard", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Choose the vault location", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"Your na&me (as other members would see it)", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"Your &organisation (optional: union, association, unit)", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Your organisation", None))
#endif // QT_CONFIG(accessibility)
        self.passphrasePage.setTitle(QCoreApplication.translate("CreateVaultWizard", u"Choose a passphrase", None))
        self.passphrasePage.setSubTitle(QCoreApplication.translate("CreateVaultWizard", u"Several unrelated words are strong and easy to remember. You will type it each time you open the vault.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.creatingBar.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Creating the vault", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryPage.setTitle(QCoreApplication.translate("CreateVaultWizard", u"Your recovery key", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("CreateVaultWizard", u"If you forget your passphrase, this key is the only way back into the vault. It is shown only now.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryAdviceLabel.setText(QCoreApplication.translate("CreateVaultWizard", u"Print it or save it as a PDF, and keep it away from this computer (at home, with your union representative, in a safe). Anyone who has it can open your vault.", None))
        self.savePdfButton.setText(QCoreApplication.translate("CreateVaultWizard", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.savePdfButton.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Save the recovery key as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("CreateVaultWizard", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Print the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.keptCheck.setText(QCoreApplication.translate("CreateVaultWizard", u"I have &kept my recovery key somewhere safe", None))
#if QT_CONFIG(accessibility)
        self.keptCheck.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"I have kept my recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.checkPage.setTitle(QCoreApplication.translate("CreateVaultWizard", u"Check your recovery key", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("CreateVaultWizard", u"To be sure it was kept, type one of its groups.", None))
#if QT_CONFIG(accessibility)
        self.groupEdit.setAccessibleName(QCoreApplication.translate("CreateVaultWizard", u"Group of the recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

