# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transition_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QProgressBar, QVBoxLayout,
    QWidget)

class Ui_TransitionDialog(object):
    def setupUi(self, TransitionDialog):
        if not TransitionDialog.objectName():
            TransitionDialog.setObjectName(u"TransitionDialog")
        TransitionDialog.resize(480, 340)
        self.mainLayout = QVBoxLayout(TransitionDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(TransitionDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setStyleSheet(u"font-weight: 600;")

        self.mainLayout.addWidget(self.explanationLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.dateLabel = QLabel(TransitionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(TransitionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.outcomeLabel = QLabel(TransitionDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(TransitionDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.reasonLabel = QLabel(TransitionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(TransitionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(TransitionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(TransitionDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(TransitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(TransitionDialog)

        QMetaObject.connectSlotsByName(TransitionDialog)
    # setupUi

    def retranslateUi(self, TransitionDialog):
        TransitionDialog.setWindowTitle(QCoreApplication.translate("TransitionDialog", u"Next step \u2014 Hospital Mediation", None))
        self.dateLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Date of this step", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Outcome of the case", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Saving in progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("TransitionDialog", u"Confirm or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

