# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(RecoveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.keyLabel = QLabel(RecoveryDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.mainLayout.addWidget(self.keyLabel)

        self.keyEdit = QLineEdit(RecoveryDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setPlaceholderText(u"XXXXX-XXXXX-\u2026")
        self.keyEdit.setStyleSheet(u"font-family: monospace;")

        self.mainLayout.addWidget(self.keyEdit)

        self.passphraseLabel = QLabel(RecoveryDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.mainLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(RecoveryDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passphraseEdit)

        self.confirmLabel = QLabel(RecoveryDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.mainLayout.addWidget(self.confirmLabel)

        self.confirmEdit = QLineEdit(RecoveryDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.confirmEdit)

        self.strengthBar = QProgressBar(RecoveryDialog)
        self.strengthBar.setObjectName(u"strengthBar")

        self.mainLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(RecoveryDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.strengthLabel)

        self.messageLabel = QLabel(RecoveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(RecoveryDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(RecoveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.keyLabel.setBuddy(self.keyEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keyEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.buttonBox)

        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Lost passphrase \u2014 Hospital Mediation", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Type the recovery key you kept when the vault was created, then choose a new passphrase. Your cases stay as they are.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Recovery key (13 groups of 5)", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Setting the new passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

