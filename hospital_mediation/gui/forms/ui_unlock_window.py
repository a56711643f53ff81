# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UnlockWindow(object):
    def setupUi(self, UnlockWindow):
        if not UnlockWindow.objectName():
            UnlockWindow.setObjectName(u"UnlockWindow")
        UnlockWindow.resize(460, 320)
        self.mainLayout = QVBoxLayout(UnlockWindow)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(32, 24, 32, 24)
        self.titleLabel = QLabel(UnlockWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.vaultLabel = QLabel(UnlockWindow)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setText(u"")
        self.vaultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.vaultLabel)

        self.passphraseLabel = QLabel(UnlockWindow)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.mainLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockWindow)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passphraseEdit)

        self.messageLabel = QLabel(UnlockWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(UnlockWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.lostButton = QPushButton(UnlockWindow)
        self.lostButton.setObjectName(u"lostButton")
        self.lostButton.setFlat(True)

        self.buttonLayout.addWidget(self.lostButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(UnlockWindow)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.lostButton)

        self.retranslateUi(UnlockWindow)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockWindow)
    # setupUi

    def retranslateUi(self, UnlockWindow):
        UnlockWindow.setWindowTitle(QCoreApplication.translate("UnlockWindow", u"Hospital Mediation", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockWindow", u"Unlock your vault", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockWindow", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Unlocking in progress", None))
#endif // QT_CONFIG(accessibility)
        self.lostButton.setText(QCoreApplication.translate("UnlockWindow", u"I &lost my passphrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.lostButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"I lost my passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("UnlockWindow", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

