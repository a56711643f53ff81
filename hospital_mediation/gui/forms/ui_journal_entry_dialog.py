# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox,
    QDateEdit, QDialogButtonBox, QHBoxLayout,
    QLabel, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_JournalEntryDialog(object):
    def setupUi(self, JournalEntryDialog):
        if not JournalEntryDialog.objectName():
            JournalEntryDialog.setObjectName(u"JournalEntryDialog")
        JournalEntryDialog.resize(560, 520)
        JournalEntryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(JournalEntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(JournalEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.eventDateLabel = QLabel(JournalEntryDialog)
        self.eventDateLabel.setObjectName(u"eventDateLabel")

        self.dialogLayout.addWidget(self.eventDateLabel)

        self.eventDateLayout = QHBoxLayout()
        self.eventDateLayout.setObjectName(u"eventDateLayout")
        self.eventDateEdit = QDateEdit(JournalEntryDialog)
        self.eventDateEdit.setObjectName(u"eventDateEdit")
        self.eventDateEdit.setCalendarPopup(True)

        self.eventDateLayout.addWidget(self.eventDateEdit)

        self.dateUnknownCheck = QCheckBox(JournalEntryDialog)
        self.dateUnknownCheck.setObjectName(u"dateUnknownCheck")

        self.eventDateLayout.addWidget(self.dateUnknownCheck)

        self.eventDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventDateLayout.addItem(self.eventDateSpacer)


        self.dialogLayout.addLayout(self.eventDateLayout)

        self.textLabel = QLabel(JournalEntryDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(JournalEntryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.textEdit)

        self.filesLabel = QLabel(JournalEntryDialog)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.filesLabel)

        self.filesView = QListView(JournalEntryDialog)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setMaximumSize(QSize(16777215, 110))
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.filesView.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.filesView)

        self.filesButtonsLayout = QHBoxLayout()
        self.filesButtonsLayout.setObjectName(u"filesButtonsLayout")
        self.addFilesButton = QPushButton(JournalEntryDialog)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.filesButtonsLayout.addWidget(self.addFilesButton)

        self.removeFilesButton = QPushButton(JournalEntryDialog)
        self.removeFilesButton.setObjectName(u"removeFilesButton")

        self.filesButtonsLayout.addWidget(self.removeFilesButton)

        self.filesButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filesButtonsLayout.addItem(self.filesButtonsSpacer)


        self.dialogLayout.addLayout(self.filesButtonsLayout)

        self.messageLabel = QLabel(JournalEntryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(JournalEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.eventDateLabel.setBuddy(self.eventDateEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.filesLabel.setBuddy(self.filesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.eventDateEdit, self.dateUnknownCheck)
        QWidget.setTabOrder(self.dateUnknownCheck, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.filesView)
        QWidget.setTabOrder(self.filesView, self.addFilesButton)
        QWidget.setTabOrder(self.addFilesButton, self.removeFilesButton)
        QWidget.setTabOrder(self.removeFilesButton, self.buttonBox)

        self.retranslateUi(JournalEntryDialog)
        self.buttonBox.rejected.connect(JournalEntryDialog.reject)

        QMetaObject.connectSlotsByName(JournalEntryDialog)
    # setupUi

    def retranslateUi(self, JournalEntryDialog):
        JournalEntryDialog.setWindowTitle(QCoreApplication.translate("JournalEntryDialog", u"Journal entry", None))
        self.eventDateLabel.setText(QCoreApplication.translate("JournalEntryDialog", u"Date of the &event", None))
#if QT_CONFIG(accessibility)
        self.eventDateEdit.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"Date of the event", None))
#endif // QT_CONFIG(accessibility)
        self.dateUnknownCheck.setText(QCoreApplication.translate("JournalEntryDialog", u"Date &unknown", None))
#if QT_CONFIG(accessibility)
        self.dateUnknownCheck.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"The date of the event is unknown", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("JournalEntryDialog", u"&What happened (who, where, what was said or done, witnesses)", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"Text of the entry", None))
#endif // QT_CONFIG(accessibility)
        self.filesLabel.setText(QCoreApplication.translate("JournalEntryDialog", u"&Files to attach (encrypted into the vault with the entry)", None))
#if QT_CONFIG(accessibility)
        self.filesView.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"Files to attach", None))
#endif // QT_CONFIG(accessibility)
        self.addFilesButton.setText(QCoreApplication.translate("JournalEntryDialog", u"&Add files\u2026", None))
#if QT_CONFIG(accessibility)
        self.addFilesButton.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"Add files to attach", None))
#endif // QT_CONFIG(accessibility)
        self.removeFilesButton.setText(QCoreApplication.translate("JournalEntryDialog", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.removeFilesButton.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"Remove the selected files from the list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("JournalEntryDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

