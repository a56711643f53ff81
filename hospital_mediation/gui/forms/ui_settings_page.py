# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(960, 620)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.generalGroup = QGroupBox(SettingsPage)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalLayout = QFormLayout(self.generalGroup)
        self.generalLayout.setObjectName(u"generalLayout")
        self.idleLabel = QLabel(self.generalGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.generalGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(5)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.attachmentLabel = QLabel(self.generalGroup)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentSpin = QSpinBox(self.generalGroup)
        self.attachmentSpin.setObjectName(u"attachmentSpin")
        self.attachmentSpin.setMinimum(1)
        self.attachmentSpin.setMaximum(16384)
        self.attachmentSpin.setSingleStep(256)
        self.attachmentSpin.setValue(2048)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attachmentSpin)

        self.holidayLabel = QLabel(self.generalGroup)
        self.holidayLabel.setObjectName(u"holidayLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.holidayLabel)

        self.holidayCombo = QComboBox(self.generalGroup)
        self.holidayCombo.setObjectName(u"holidayCombo")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.holidayCombo)


        self.leftLayout.addWidget(self.generalGroup)

        self.languageGroup = QGroupBox(SettingsPage)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QFormLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.languageGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.languageLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.languageNote)


        self.leftLayout.addWidget(self.languageGroup)

        self.retentionGroup = QGroupBox(SettingsPage)
        self.retentionGroup.setObjectName(u"retentionGroup")
        self.retentionLayout = QVBoxLayout(self.retentionGroup)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.retentionLabel = QLabel(self.retentionGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")
        self.retentionLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.retentionLabel)

        self.retentionTable = QTableView(self.retentionGroup)
        self.retentionTable.setObjectName(u"retentionTable")
        self.retentionTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.retentionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.retentionTable.setAlternatingRowColors(True)
        self.retentionTable.setWordWrap(False)
        self.retentionTable.setTabKeyNavigation(False)
        self.retentionTable.horizontalHeader().setStretchLastSection(True)
        self.retentionTable.verticalHeader().setVisible(False)

        self.retentionLayout.addWidget(self.retentionTable)

        self.retentionButtonLayout = QHBoxLayout()
        self.retentionButtonLayout.setObjectName(u"retentionButtonLayout")
        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionButtonLayout.addItem(self.retentionSpacer)

        self.defaultsButton = QPushButton(self.retentionGroup)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.retentionButtonLayout.addWidget(self.defaultsButton)


        self.retentionLayout.addLayout(self.retentionButtonLayout)


        self.leftLayout.addWidget(self.retentionGroup)


        self.columnsLayout.addLayout(self.leftLayout)

        self.directoryGroup = QGroupBox(SettingsPage)
        self.directoryGroup.setObjectName(u"directoryGroup")
        self.directoryLayout = QVBoxLayout(self.directoryGroup)
        self.directoryLayout.setObjectName(u"directoryLayout")
        self.directoryLabel = QLabel(self.directoryGroup)
        self.directoryLabel.setObjectName(u"directoryLabel")
        self.directoryLabel.setWordWrap(True)

        self.directoryLayout.addWidget(self.directoryLabel)

        self.directoryTable = QTableView(self.directoryGroup)
        self.directoryTable.setObjectName(u"directoryTable")
        self.directoryTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.directoryTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.directoryTable.setAlternatingRowColors(True)
        self.directoryTable.setWordWrap(False)
        self.directoryTable.setTabKeyNavigation(False)
        self.directoryTable.horizontalHeader().setStretchLastSection(True)
        self.directoryTable.verticalHeader().setVisible(False)

        self.directoryLayout.addWidget(self.directoryTable)

        self.directoryButtonLayout = QHBoxLayout()
        self.directoryButtonLayout.setObjectName(u"directoryButtonLayout")
        self.directorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.directoryButtonLayout.addItem(self.directorySpacer)

        self.addButton = QPushButton(self.directoryGroup)
        self.addButton.setObjectName(u"addButton")

        self.directoryButtonLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(self.directoryGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.directoryButtonLayout.addWidget(self.removeButton)


        self.directoryLayout.addLayout(self.directoryButtonLayout)


        self.columnsLayout.addWidget(self.directoryGroup)


        self.pageLayout.addLayout(self.columnsLayout)

        self.messageLabel = QLabel(SettingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.busyBar = QProgressBar(SettingsPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(160, 16777215))

        self.footerLayout.addWidget(self.busyBar)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.reloadButton = QPushButton(SettingsPage)
        self.reloadButton.setObjectName(u"reloadButton")

        self.footerLayout.addWidget(self.reloadButton)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.footerLayout.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.attachmentLabel.setBuddy(self.attachmentSpin)
        self.holidayLabel.setBuddy(self.holidayCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.retentionLabel.setBuddy(self.retentionTable)
        self.directoryLabel.setBuddy(self.directoryTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idleSpin, self.attachmentSpin)
        QWidget.setTabOrder(self.attachmentSpin, self.holidayCombo)
        QWidget.setTabOrder(self.holidayCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.retentionTable)
        QWidget.setTabOrder(self.retentionTable, self.defaultsButton)
        QWidget.setTabOrder(self.defaultsButton, self.directoryTable)
        QWidget.setTabOrder(self.directoryTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.reloadButton)

        self.retranslateUi(SettingsPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.generalGroup.setTitle(QCoreApplication.translate("SettingsPage", u"This vault", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsPage", u"Lock after &idle time", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Lock after idle time, in minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.idleSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"With no keyboard or mouse input for this long, the vault locks itself.", None))
#endif // QT_CONFIG(tooltip)
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" min", None))
        self.attachmentLabel.setText(QCoreApplication.translate("SettingsPage", u"Largest &attachment", None))
#if QT_CONFIG(accessibility)
        self.attachmentSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Largest attachment, in mebibytes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.attachmentSpin.setToolTip(QCoreApplication.translate("SettingsPage", u"Larger files are refused when they are attached (2048 MiB = 2 GiB).", None))
#endif // QT_CONFIG(tooltip)
        self.attachmentSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" MiB", None))
        self.holidayLabel.setText(QCoreApplication.translate("SettingsPage", u"Public &holidays", None))
#if QT_CONFIG(accessibility)
        self.holidayCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Public holidays for working-day deadlines", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.holidayCombo.setToolTip(QCoreApplication.translate("SettingsPage", u"Deadlines counted in working days (the 7-day acknowledgement) skip the public holidays of this place.", None))
#endif // QT_CONFIG(tooltip)
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsPage", u"This computer", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Language of the application", None))
#endif // QT_CONFIG(accessibility)
        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"Applies at once, for you on this computer; it is not stored in the vault.", None))
        self.retentionGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Retention", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsPage", u"Kee&p closed cases, by outcome, then delete them (only an anonymous line stays for statistics):", None))
#if QT_CONFIG(accessibility)
        self.retentionTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Retention period by outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.retentionTable.setAccessibleDescription(QCoreApplication.translate("SettingsPage", u"Press F2 to change the months a closed case is kept.", None))
#endif // QT_CONFIG(accessibility)
        self.defaultsButton.setText(QCoreApplication.translate("SettingsPage", u"Restore the de&faults", None))
#if QT_CONFIG(accessibility)
        self.defaultsButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Restore the default retention periods", None))
#endif // QT_CONFIG(accessibility)
        self.directoryGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Directory", None))
        self.directoryLabel.setText(QCoreApplication.translate("SettingsPage", u"Support services and au&thorities people can be directed to (occupational health, psychologist, listening cell, functional protection, inquiry\u2026):", None))
#if QT_CONFIG(accessibility)
        self.directoryTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Directory of support services and authorities", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.directoryTable.setAccessibleDescription(QCoreApplication.translate("SettingsPage", u"Press F2 to edit the selected cell.", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("SettingsPage", u"A&dd a service", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Add a service or authority", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("SettingsPage", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Remove the selected service or authority", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("SettingsPage", u"&Reload", None))
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Reload the settings saved in the vault", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Discard your changes and show the settings saved in the vault.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save the settings", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

