# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CaseListPage(object):
    def setupUi(self, CaseListPage):
        if not CaseListPage.objectName():
            CaseListPage.setObjectName(u"CaseListPage")
        CaseListPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(CaseListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(CaseListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(CaseListPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.categoryFilter = QComboBox(CaseListPage)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.overdueCheck = QCheckBox(CaseListPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(CaseListPage)
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
        self.countLabel = QLabel(CaseListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.openButton = QPushButton(CaseListPage)
        self.openButton.setObjectName(u"openButton")

        self.footerLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.tableView)
        QWidget.setTabOrder(self.tableView, self.openButton)

        self.retranslateUi(CaseListPage)

        QMetaObject.connectSlotsByName(CaseListPage)
    # setupUi

    def retranslateUi(self, CaseListPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CaseListPage", u"Search every field (reference, unit, names, facts, journal)\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryFilter.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Filter by category", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("CaseListPage", u"O&verdue only", None))
#if QT_CONFIG(accessibility)
        self.overdueCheck.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Overdue cases only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("CaseListPage", u"&Open the case", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Open the selected case", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

