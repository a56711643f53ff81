# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delete_case_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DeleteCaseDialog(object):
    def setupUi(self, DeleteCaseDialog):
        if not DeleteCaseDialog.objectName():
            DeleteCaseDialog.setObjectName(u"DeleteCaseDialog")
        DeleteCaseDialog.resize(520, 340)
        DeleteCaseDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DeleteCaseDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(DeleteCaseDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(DeleteCaseDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.RichText)
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.confirmLabel = QLabel(DeleteCaseDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setText(u"")
        self.confirmLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.confirmLabel)

        self.referenceEdit = QLineEdit(DeleteCaseDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.dialogLayout.addWidget(self.referenceEdit)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(DeleteCaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.deleteButton = QPushButton(DeleteCaseDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.deleteButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.confirmLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referenceEdit, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.cancelButton)

        self.retranslateUi(DeleteCaseDialog)

        QMetaObject.connectSlotsByName(DeleteCaseDialog)
    # setupUi

    def retranslateUi(self, DeleteCaseDialog):
        DeleteCaseDialog.setWindowTitle(QCoreApplication.translate("DeleteCaseDialog", u"Delete a case for good", None))
        self.explanationLabel.setText(QCoreApplication.translate("DeleteCaseDialog", u"<p>The case and everything in it (the report, the journal, the attachments, the notes) are destroyed <b>for good</b>: the key that opened them is erased from this vault, which can never open them again. A copy or backup of the vault made before the deletion still holds them: delete or replace those copies too.</p><p>Only an anonymous line stays, for statistics: the month the case was opened, its category, its ONVS level, the unit and the outcome. No name, no text, no reference.</p><p>The deletion is recorded in the audit log.</p>", None))
#if QT_CONFIG(accessibility)
        self.explanationLabel.setAccessibleName(QCoreApplication.translate("DeleteCaseDialog", u"What deleting a case does", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("DeleteCaseDialog", u"Reference of the case, typed to confirm", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("DeleteCaseDialog", u"&Keep the case", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("DeleteCaseDialog", u"Keep the case", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("DeleteCaseDialog", u"&Delete for good", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("DeleteCaseDialog", u"Delete the case for good", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

