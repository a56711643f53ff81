# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(520, 400)
        self.mainLayout = QVBoxLayout(RecordDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.dateCheck = QCheckBox(RecordDialog)
        self.dateCheck.setObjectName(u"dateCheck")
        self.dateCheck.setChecked(True)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateCheck)

        self.dateEdit = QDateEdit(RecordDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.titleLabel = QLabel(RecordDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleCombo = QComboBox(RecordDialog)
        self.titleCombo.setObjectName(u"titleCombo")
        self.titleCombo.setEditable(True)
        self.titleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleCombo)

        self.directoryHintLabel = QLabel(RecordDialog)
        self.directoryHintLabel.setObjectName(u"directoryHintLabel")
        self.directoryHintLabel.setWordWrap(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directoryHintLabel)

        self.textLabel = QLabel(RecordDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(RecordDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.messageLayout = QHBoxLayout()
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLabel = QLabel(RecordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.messageLayout.addWidget(self.messageLabel)

        self.reloadButton = QPushButton(RecordDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.messageLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.messageLayout)

        self.busyBar = QProgressBar(RecordDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(RecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateCheck, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.titleCombo)
        QWidget.setTabOrder(self.titleCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.buttonBox)

        self.retranslateUi(RecordDialog)

        QMetaObject.connectSlotsByName(RecordDialog)
    # setupUi

    def retranslateUi(self, RecordDialog):
        RecordDialog.setWindowTitle(QCoreApplication.translate("RecordDialog", u"Follow-up \u2014 Hospital Mediation", None))
        self.dateCheck.setText(QCoreApplication.translate("RecordDialog", u"D&ate", None))
#if QT_CONFIG(accessibility)
        self.dateCheck.setAccessibleName(QCoreApplication.translate("RecordDialog", u"The record has a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("RecordDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleCombo.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.directoryHintLabel.setText(QCoreApplication.translate("RecordDialog", u"Choose a support service or an authority from the directory (edited in Settings), or type another.", None))
        self.textLabel.setText(QCoreApplication.translate("RecordDialog", u"Te&xt", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("RecordDialog", u"Re&load", None))
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Reload the version saved by someone else", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Saving in progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RecordDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

