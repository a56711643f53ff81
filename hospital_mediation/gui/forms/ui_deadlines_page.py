# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadlines_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DeadlinesPage(object):
    def setupUi(self, DeadlinesPage):
        if not DeadlinesPage.objectName():
            DeadlinesPage.setObjectName(u"DeadlinesPage")
        DeadlinesPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(DeadlinesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(DeadlinesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.countLabel = QLabel(DeadlinesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setStyleSheet(u"font-weight: 600;")

        self.pageLayout.addWidget(self.countLabel)

        self.tableView = QTableView(DeadlinesPage)
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

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.openButton = QPushButton(DeadlinesPage)
        self.openButton.setObjectName(u"openButton")

        self.footerLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.tableView, self.openButton)

        self.retranslateUi(DeadlinesPage)

        QMetaObject.connectSlotsByName(DeadlinesPage)
    # setupUi

    def retranslateUi(self, DeadlinesPage):
        self.introLabel.setText(QCoreApplication.translate("DeadlinesPage", u"Legal deadlines overdue or due soon: the acknowledgement of a report within 7 working days, the feedback to the reporter within 3 months.", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("DeadlinesPage", u"Deadlines overdue and due soon", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("DeadlinesPage", u"Cases with a deadline overdue or due soon", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("DeadlinesPage", u"&Open the case", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("DeadlinesPage", u"Open the selected case", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

