# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_JournalPanel(object):
    def setupUi(self, JournalPanel):
        if not JournalPanel.objectName():
            JournalPanel.setObjectName(u"JournalPanel")
        JournalPanel.resize(900, 600)
        self.panelLayout = QVBoxLayout(JournalPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newEntryButton = QPushButton(JournalPanel)
        self.newEntryButton.setObjectName(u"newEntryButton")

        self.actionsLayout.addWidget(self.newEntryButton)

        self.editEntryButton = QPushButton(JournalPanel)
        self.editEntryButton.setObjectName(u"editEntryButton")

        self.actionsLayout.addWidget(self.editEntryButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.countLabel = QLabel(JournalPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.actionsLayout.addWidget(self.countLabel)


        self.panelLayout.addLayout(self.actionsLayout)

        self.busyBar = QProgressBar(JournalPanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(1000)
        self.busyBar.setTextVisible(False)

        self.panelLayout.addWidget(self.busyBar)

        self.messageLabel = QLabel(JournalPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(JournalPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setAlternatingRowColors(True)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSortingEnabled(True)
        self.entriesView.setWordWrap(False)
        self.entriesView.setTabKeyNavigation(False)
        self.splitter.addWidget(self.entriesView)
        self.entriesView.horizontalHeader().setStretchLastSection(True)
        self.entriesView.verticalHeader().setVisible(False)
        self.detailsPane = QWidget(self.splitter)
        self.detailsPane.setObjectName(u"detailsPane")
        self.detailsLayout = QVBoxLayout(self.detailsPane)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsLabel = QLabel(self.detailsPane)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailsLabel)

        self.textLabel = QLabel(self.detailsPane)
        self.textLabel.setObjectName(u"textLabel")

        self.detailsLayout.addWidget(self.textLabel)

        self.textView = QPlainTextEdit(self.detailsPane)
        self.textView.setObjectName(u"textView")
        self.textView.setReadOnly(True)
        self.textView.setTabChangesFocus(True)

        self.detailsLayout.addWidget(self.textView)

        self.filesLabel = QLabel(self.detailsPane)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setText(u"")
        self.filesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.filesLabel.setWordWrap(True)
        self.filesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.filesLabel)

        self.historyLabel = QLabel(self.detailsPane)
        self.historyLabel.setObjectName(u"historyLabel")

        self.detailsLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(self.detailsPane)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setMaximumSize(QSize(16777215, 130))
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setWordWrap(False)
        self.historyView.setTabKeyNavigation(False)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.detailsLayout.addWidget(self.historyView)

        self.detailsLayout.setStretch(2, 1)
        self.splitter.addWidget(self.detailsPane)

        self.panelLayout.addWidget(self.splitter)

        self.panelLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textView)
        self.historyLabel.setBuddy(self.historyView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newEntryButton, self.editEntryButton)
        QWidget.setTabOrder(self.editEntryButton, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.textView)
        QWidget.setTabOrder(self.textView, self.historyView)

        self.retranslateUi(JournalPanel)

        QMetaObject.connectSlotsByName(JournalPanel)
    # setupUi

    def retranslateUi(self, JournalPanel):
#if QT_CONFIG(accessibility)
        JournalPanel.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Evidence journal", None))
#endif // QT_CONFIG(accessibility)
        self.newEntryButton.setText(QCoreApplication.translate("JournalPanel", u"&New entry\u2026", None))
#if QT_CONFIG(tooltip)
        self.newEntryButton.setToolTip(QCoreApplication.translate("JournalPanel", u"Record what happened; the time of recording is set and sealed by the application", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newEntryButton.setAccessibleName(QCoreApplication.translate("JournalPanel", u"New journal entry", None))
#endif // QT_CONFIG(accessibility)
        self.editEntryButton.setText(QCoreApplication.translate("JournalPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editEntryButton.setToolTip(QCoreApplication.translate("JournalPanel", u"Write a new version of the selected entry; the earlier version stays visible", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editEntryButton.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Write a new version of the selected entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Recording the entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesView.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Journal entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Dates and seal of the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("JournalPanel", u"&Full text", None))
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Full text of the selected entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filesLabel.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Files attached to the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("JournalPanel", u"&Versions of this entry (the original first)", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("JournalPanel", u"Versions of the selected entry", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

