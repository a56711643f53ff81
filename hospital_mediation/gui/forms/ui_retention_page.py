# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RetentionPage(object):
    def setupUi(self, RetentionPage):
        if not RetentionPage.objectName():
            RetentionPage.setObjectName(u"RetentionPage")
        RetentionPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(RetentionPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(RetentionPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.countLabel = QLabel(RetentionPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setStyleSheet(u"font-weight: 600;")

        self.pageLayout.addWidget(self.countLabel)

        self.tableView = QTableView(RetentionPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.messageLabel = QLabel(RetentionPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.tombstoneLabel = QLabel(RetentionPage)
        self.tombstoneLabel.setObjectName(u"tombstoneLabel")
        self.tombstoneLabel.setText(u"")

        self.footerLayout.addWidget(self.tombstoneLabel)

        self.busyBar = QProgressBar(RetentionPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(160, 16777215))

        self.footerLayout.addWidget(self.busyBar)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.refreshButton = QPushButton(RetentionPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.footerLayout.addWidget(self.refreshButton)

        self.deleteButton = QPushButton(RetentionPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.footerLayout.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.tableView, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.refreshButton)

        self.retranslateUi(RetentionPage)

        QMetaObject.connectSlotsByName(RetentionPage)
    # setupUi

    def retranslateUi(self, RetentionPage):
        self.introLabel.setText(QCoreApplication.translate("RetentionPage", u"Closed cases whose retention period has ended. Delete them: the case and everything in it are destroyed for good; an anonymous line is kept for statistics. The periods are set in Settings.", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Cases due for deletion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Cases due for deletion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tombstoneLabel.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Anonymous lines kept for statistics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("RetentionPage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Refresh the list of cases due for deletion", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("RetentionPage", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("RetentionPage", u"Delete the selected case for good", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

