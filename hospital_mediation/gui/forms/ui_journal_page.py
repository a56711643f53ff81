# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel,
    QPushButton, QVBoxLayout, QWidget)

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(JournalPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(JournalPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(JournalPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.caseLayout = QHBoxLayout()
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseLabel = QLabel(JournalPage)
        self.caseLabel.setObjectName(u"caseLabel")

        self.caseLayout.addWidget(self.caseLabel)

        self.caseCombo = QComboBox(JournalPage)
        self.caseCombo.setObjectName(u"caseCombo")
        self.caseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.caseCombo.setMinimumContentsLength(30)

        self.caseLayout.addWidget(self.caseCombo)

        self.newJournalButton = QPushButton(JournalPage)
        self.newJournalButton.setObjectName(u"newJournalButton")

        self.caseLayout.addWidget(self.newJournalButton)

        self.openCaseButton = QPushButton(JournalPage)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.caseLayout.addWidget(self.openCaseButton)

        self.caseLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.caseLayout)

        self.messageLabel = QLabel(JournalPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.panelHost = QWidget(JournalPage)
        self.panelHost.setObjectName(u"panelHost")
        self.panelLayout = QVBoxLayout(self.panelHost)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.placeholderLabel = QLabel(self.panelHost)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholderLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.placeholderLabel)


        self.pageLayout.addWidget(self.panelHost)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.caseLabel.setBuddy(self.caseCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseCombo, self.newJournalButton)
        QWidget.setTabOrder(self.newJournalButton, self.openCaseButton)

        self.retranslateUi(JournalPage)

        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
        self.titleLabel.setText(QCoreApplication.translate("JournalPage", u"Evidence journal", None))
        self.introLabel.setText(QCoreApplication.translate("JournalPage", u"Record now, report later: write down what happens, when it happens. Each entry keeps the date of the event and the time you recorded it, sealed by the application. A journal stays a draft, seen by no one, until you file a report.", None))
        self.caseLabel.setText(QCoreApplication.translate("JournalPage", u"&Journal of", None))
#if QT_CONFIG(accessibility)
        self.caseCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Case whose journal is shown", None))
#endif // QT_CONFIG(accessibility)
        self.newJournalButton.setText(QCoreApplication.translate("JournalPage", u"&Start a new journal", None))
#if QT_CONFIG(tooltip)
        self.newJournalButton.setToolTip(QCoreApplication.translate("JournalPage", u"Create a draft case for this journal; it is not filed until you file a report", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newJournalButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Start a new journal", None))
#endif // QT_CONFIG(accessibility)
        self.openCaseButton.setText(QCoreApplication.translate("JournalPage", u"&Open the case", None))
#if QT_CONFIG(accessibility)
        self.openCaseButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Open the case of this journal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("JournalPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.placeholderLabel.setText(QCoreApplication.translate("JournalPage", u"Choose a case above, or start a new journal.", None))
        pass
    # retranslateUi

