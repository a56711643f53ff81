# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QTimeEdit, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ReportWizard(object):
    def setupUi(self, ReportWizard):
        if not ReportWizard.objectName():
            ReportWizard.setObjectName(u"ReportWizard")
        ReportWizard.resize(880, 660)
        ReportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.whatPage = QWizardPage()
        self.whatPage.setObjectName(u"whatPage")
        self.whatLayout = QVBoxLayout(self.whatPage)
        self.whatLayout.setObjectName(u"whatLayout")
        self.descriptionLabel = QLabel(self.whatPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.whatLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.whatPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.whatLayout.addWidget(self.descriptionEdit)

        self.circumstancesLabel = QLabel(self.whatPage)
        self.circumstancesLabel.setObjectName(u"circumstancesLabel")
        self.circumstancesLabel.setWordWrap(True)

        self.whatLayout.addWidget(self.circumstancesLabel)

        self.circumstancesEdit = QPlainTextEdit(self.whatPage)
        self.circumstancesEdit.setObjectName(u"circumstancesEdit")
        self.circumstancesEdit.setTabChangesFocus(True)

        self.whatLayout.addWidget(self.circumstancesEdit)

        self.whatHelpLabel = QLabel(self.whatPage)
        self.whatHelpLabel.setObjectName(u"whatHelpLabel")
        self.whatHelpLabel.setWordWrap(True)

        self.whatLayout.addWidget(self.whatHelpLabel)

        ReportWizard.addPage(self.whatPage)
        self.whenPage = QWizardPage()
        self.whenPage.setObjectName(u"whenPage")
        self.whenLayout = QVBoxLayout(self.whenPage)
        self.whenLayout.setObjectName(u"whenLayout")
        self.whenGrid = QGridLayout()
        self.whenGrid.setObjectName(u"whenGrid")
        self.dateKnownCheck = QCheckBox(self.whenPage)
        self.dateKnownCheck.setObjectName(u"dateKnownCheck")

        self.whenGrid.addWidget(self.dateKnownCheck, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(self.whenPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setEnabled(False)
        self.dateEdit.setCalendarPopup(True)

        self.whenGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.timeKnownCheck = QCheckBox(self.whenPage)
        self.timeKnownCheck.setObjectName(u"timeKnownCheck")

        self.whenGrid.addWidget(self.timeKnownCheck, 1, 0, 1, 1)

        self.timeEdit = QTimeEdit(self.whenPage)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setEnabled(False)
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.whenGrid.addWidget(self.timeEdit, 1, 1, 1, 1)

        self.repeatedCheck = QCheckBox(self.whenPage)
        self.repeatedCheck.setObjectName(u"repeatedCheck")

        self.whenGrid.addWidget(self.repeatedCheck, 2, 0, 1, 2)

        self.firstDateKnownCheck = QCheckBox(self.whenPage)
        self.firstDateKnownCheck.setObjectName(u"firstDateKnownCheck")

        self.whenGrid.addWidget(self.firstDateKnownCheck, 3, 0, 1, 1)

        self.firstDateEdit = QDateEdit(self.whenPage)
        self.firstDateEdit.setObjectName(u"firstDateEdit")
        self.firstDateEdit.setEnabled(False)
        self.firstDateEdit.setCalendarPopup(True)

        self.whenGrid.addWidget(self.firstDateEdit, 3, 1, 1, 1)

        self.whenGridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenGrid.addItem(self.whenGridSpacer, 0, 2, 1, 1)


        self.whenLayout.addLayout(self.whenGrid)

        self.whenHelpLabel = QLabel(self.whenPage)
        self.whenHelpLabel.setObjectName(u"whenHelpLabel")
        self.whenHelpLabel.setWordWrap(True)

        self.whenLayout.addWidget(self.whenHelpLabel)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.whenLayout.addItem(self.whenSpacer)

        ReportWizard.addPage(self.whenPage)
        self.wherePage = QWizardPage()
        self.wherePage.setObjectName(u"wherePage")
        self.whereLayout = QFormLayout(self.wherePage)
        self.whereLayout.setObjectName(u"whereLayout")
        self.placeLabel = QLabel(self.wherePage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.whereLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.wherePage)
        self.placeEdit.setObjectName(u"placeEdit")

        self.whereLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.unitLabel = QLabel(self.wherePage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.whereLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(self.wherePage)
        self.unitEdit.setObjectName(u"unitEdit")

        self.whereLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.poleLabel = QLabel(self.wherePage)
        self.poleLabel.setObjectName(u"poleLabel")

        self.whereLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.poleLabel)

        self.poleEdit = QLineEdit(self.wherePage)
        self.poleEdit.setObjectName(u"poleEdit")

        self.whereLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.poleEdit)

        self.establishmentLabel = QLabel(self.wherePage)
        self.establishmentLabel.setObjectName(u"establishmentLabel")

        self.whereLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.establishmentLabel)

        self.establishmentEdit = QLineEdit(self.wherePage)
        self.establishmentEdit.setObjectName(u"establishmentEdit")

        self.whereLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.establishmentEdit)

        self.whereHelpLabel = QLabel(self.wherePage)
        self.whereHelpLabel.setObjectName(u"whereHelpLabel")
        self.whereHelpLabel.setWordWrap(True)

        self.whereLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.whereHelpLabel)

        ReportWizard.addPage(self.wherePage)
        self.involvedPage = QWizardPage()
        self.involvedPage.setObjectName(u"involvedPage")
        self.involvedLayout = QVBoxLayout(self.involvedPage)
        self.involvedLayout.setObjectName(u"involvedLayout")
        self.involvedLabel = QLabel(self.involvedPage)
        self.involvedLabel.setObjectName(u"involvedLabel")

        self.involvedLayout.addWidget(self.involvedLabel)

        self.involvedView = QTableView(self.involvedPage)
        self.involvedView.setObjectName(u"involvedView")
        self.involvedView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.involvedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.involvedView.setTabKeyNavigation(False)

        self.involvedLayout.addWidget(self.involvedView)

        self.involvedButtons = QHBoxLayout()
        self.involvedButtons.setObjectName(u"involvedButtons")
        self.addInvolvedButton = QPushButton(self.involvedPage)
        self.addInvolvedButton.setObjectName(u"addInvolvedButton")

        self.involvedButtons.addWidget(self.addInvolvedButton)

        self.removeInvolvedButton = QPushButton(self.involvedPage)
        self.removeInvolvedButton.setObjectName(u"removeInvolvedButton")

        self.involvedButtons.addWidget(self.removeInvolvedButton)

        self.involvedButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.involvedButtons.addItem(self.involvedButtonsSpacer)


        self.involvedLayout.addLayout(self.involvedButtons)

        ReportWizard.addPage(self.involvedPage)
        self.witnessesPage = QWizardPage()
        self.witnessesPage.setObjectName(u"witnessesPage")
        self.witnessesLayout = QVBoxLayout(self.witnessesPage)
        self.witnessesLayout.setObjectName(u"witnessesLayout")
        self.witnessesLabel = QLabel(self.witnessesPage)
        self.witnessesLabel.setObjectName(u"witnessesLabel")

        self.witnessesLayout.addWidget(self.witnessesLabel)

        self.witnessesView = QTableView(self.witnessesPage)
        self.witnessesView.setObjectName(u"witnessesView")
        self.witnessesView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.witnessesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.witnessesView.setTabKeyNavigation(False)

        self.witnessesLayout.addWidget(self.witnessesView)

        self.witnessesButtons = QHBoxLayout()
        self.witnessesButtons.setObjectName(u"witnessesButtons")
        self.addWitnessButton = QPushButton(self.witnessesPage)
        self.addWitnessButton.setObjectName(u"addWitnessButton")

        self.witnessesButtons.addWidget(self.addWitnessButton)

        self.removeWitnessButton = QPushButton(self.witnessesPage)
        self.removeWitnessButton.setObjectName(u"removeWitnessButton")

        self.witnessesButtons.addWidget(self.removeWitnessButton)

        self.witnessesButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.witnessesButtons.addItem(self.witnessesButtonsSpacer)


        self.witnessesLayout.addLayout(self.witnessesButtons)

        self.consentHelpLabel = QLabel(self.witnessesPage)
        self.consentHelpLabel.setObjectName(u"consentHelpLabel")
        self.consentHelpLabel.setWordWrap(True)

        self.witnessesLayout.addWidget(self.consentHelpLabel)

        ReportWizard.addPage(self.witnessesPage)
        self.impactPage = QWizardPage()
        self.impactPage.setObjectName(u"impactPage")
        self.impactLayout = QVBoxLayout(self.impactPage)
        self.impactLayout.setObjectName(u"impactLayout")
        self.healthNoticeLabel = QLabel(self.impactPage)
        self.healthNoticeLabel.setObjectName(u"healthNoticeLabel")
        self.healthNoticeLabel.setWordWrap(True)
        self.healthNoticeLabel.setStyleSheet(u"border: 1px solid palette(mid); border-left: 4px solid #5b6bbf; padding: 6px;")

        self.impactLayout.addWidget(self.healthNoticeLabel)

        self.impactLabel = QLabel(self.impactPage)
        self.impactLabel.setObjectName(u"impactLabel")
        self.impactLabel.setWordWrap(True)

        self.impactLayout.addWidget(self.impactLabel)

        self.impactEdit = QPlainTextEdit(self.impactPage)
        self.impactEdit.setObjectName(u"impactEdit")
        self.impactEdit.setTabChangesFocus(True)

        self.impactLayout.addWidget(self.impactEdit)

        self.impactGrid = QGridLayout()
        self.impactGrid.setObjectName(u"impactGrid")
        self.sickLeaveCheck = QCheckBox(self.impactPage)
        self.sickLeaveCheck.setObjectName(u"sickLeaveCheck")

        self.impactGrid.addWidget(self.sickLeaveCheck, 0, 0, 1, 1)

        self.sickLeaveDaysLabel = QLabel(self.impactPage)
        self.sickLeaveDaysLabel.setObjectName(u"sickLeaveDaysLabel")
        self.sickLeaveDaysLabel.setIndent(24)

        self.impactGrid.addWidget(self.sickLeaveDaysLabel, 1, 0, 1, 1)

        self.sickLeaveDaysSpin = QSpinBox(self.impactPage)
        self.sickLeaveDaysSpin.setObjectName(u"sickLeaveDaysSpin")
        self.sickLeaveDaysSpin.setMinimum(-1)
        self.sickLeaveDaysSpin.setMaximum(3650)
        self.sickLeaveDaysSpin.setValue(-1)

        self.impactGrid.addWidget(self.sickLeaveDaysSpin, 1, 1, 1, 1)

        self.workAccidentCheck = QCheckBox(self.impactPage)
        self.workAccidentCheck.setObjectName(u"workAccidentCheck")

        self.impactGrid.addWidget(self.workAccidentCheck, 2, 0, 1, 1)

        self.ittLabel = QLabel(self.impactPage)
        self.ittLabel.setObjectName(u"ittLabel")

        self.impactGrid.addWidget(self.ittLabel, 3, 0, 1, 1)

        self.ittSpin = QSpinBox(self.impactPage)
        self.ittSpin.setObjectName(u"ittSpin")
        self.ittSpin.setMinimum(-1)
        self.ittSpin.setMaximum(3650)
        self.ittSpin.setValue(-1)

        self.impactGrid.addWidget(self.ittSpin, 3, 1, 1, 1)

        self.impactGridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.impactGrid.addItem(self.impactGridSpacer, 0, 2, 1, 1)


        self.impactLayout.addLayout(self.impactGrid)

        ReportWizard.addPage(self.impactPage)
        self.actionsPage = QWizardPage()
        self.actionsPage.setObjectName(u"actionsPage")
        self.actionsLayout = QVBoxLayout(self.actionsPage)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLabel = QLabel(self.actionsPage)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.actionsLayout.addWidget(self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(self.actionsPage)
        self.actionsEdit.setObjectName(u"actionsEdit")
        self.actionsEdit.setTabChangesFocus(True)

        self.actionsLayout.addWidget(self.actionsEdit)

        ReportWizard.addPage(self.actionsPage)
        self.wishesPage = QWizardPage()
        self.wishesPage.setObjectName(u"wishesPage")
        self.wishesLayout = QVBoxLayout(self.wishesPage)
        self.wishesLayout.setObjectName(u"wishesLayout")
        self.expectationsLabel = QLabel(self.wishesPage)
        self.expectationsLabel.setObjectName(u"expectationsLabel")

        self.wishesLayout.addWidget(self.expectationsLabel)

        self.expectationsEdit = QPlainTextEdit(self.wishesPage)
        self.expectationsEdit.setObjectName(u"expectationsEdit")
        self.expectationsEdit.setTabChangesFocus(True)

        self.wishesLayout.addWidget(self.expectationsEdit)

        ReportWizard.addPage(self.wishesPage)
        self.categoryPage = QWizardPage()
        self.categoryPage.setObjectName(u"categoryPage")
        self.categoryLayout = QVBoxLayout(self.categoryPage)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryArea = QScrollArea(self.categoryPage)
        self.categoryArea.setObjectName(u"categoryArea")
        self.categoryArea.setFrameShape(QFrame.Shape.NoFrame)
        self.categoryArea.setWidgetResizable(True)
        self.categoryContents = QWidget()
        self.categoryContents.setObjectName(u"categoryContents")
        self.categoryContentsLayout = QVBoxLayout(self.categoryContents)
        self.categoryContentsLayout.setObjectName(u"categoryContentsLayout")
        self.categoryBox = QGroupBox(self.categoryContents)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryBoxLayout = QVBoxLayout(self.categoryBox)
        self.categoryBoxLayout.setObjectName(u"categoryBoxLayout")
        self.categoryUnsureRadio = QRadioButton(self.categoryBox)
        self.categoryUnsureRadio.setObjectName(u"categoryUnsureRadio")

        self.categoryBoxLayout.addWidget(self.categoryUnsureRadio)

        self.violenceRadio = QRadioButton(self.categoryBox)
        self.violenceRadio.setObjectName(u"violenceRadio")

        self.categoryBoxLayout.addWidget(self.violenceRadio)

        self.violenceHelp = QLabel(self.categoryBox)
        self.violenceHelp.setObjectName(u"violenceHelp")
        self.violenceHelp.setWordWrap(True)
        self.violenceHelp.setIndent(26)

        self.categoryBoxLayout.addWidget(self.violenceHelp)

        self.discriminationRadio = QRadioButton(self.categoryBox)
        self.discriminationRadio.setObjectName(u"discriminationRadio")

        self.categoryBoxLayout.addWidget(self.discriminationRadio)

        self.discriminationHelp = QLabel(self.categoryBox)
        self.discriminationHelp.setObjectName(u"discriminationHelp")
        self.discriminationHelp.setWordWrap(True)
        self.discriminationHelp.setIndent(26)

        self.categoryBoxLayout.addWidget(self.discriminationHelp)

        self.moralHarassmentRadio = QRadioButton(self.categoryBox)
        self.moralHarassmentRadio.setObjectName(u"moralHarassmentRadio")

        self.categoryBoxLayout.addWidget(self.moralHarassmentRadio)

        self.moralHarassmentHelp = QLabel(self.categoryBox)
        self.moralHarassmentHelp.setObjectName(u"moralHarassmentHelp")
        self.moralHarassmentHelp.setWordWrap(True)
        self.moralHarassmentHelp.setIndent(26)

        self.categoryBoxLayout.addWidget(self.moralHarassmentHelp)

        self.sexualHarassmentRadio = QRadioButton(self.categoryBox)
        self.sexualHarassmentRadio.setObjectName(u"sexualHarassmentRadio")

        self.categoryBoxLayout.addWidget(self.sexualHarassmentRadio)

        self.sexualHarassmentHelp = QLabel(self.categoryBox)
        self.sexualHarassmentHelp.setObjectName(u"sexualHarassmentHelp")
        self.sexualHarassmentHelp.setWordWrap(True)
        self.sexualHarassmentHelp.setIndent(26)

        self.categoryBoxLayout.addWidget(self.sexualHarassmentHelp)

        self.sexistActRadio = QRadioButton(self.categoryBox)
        self.sexistActRadio.setObjectName(u"sexistActRadio")

        self.categoryBoxLayout.addWidget(self.sexistActRadio)

        self.sexistActHelp = QLabel(self.categoryBox)
        self.sexistActHelp.setObjectName(u"sexistActHelp")
        self.sexistActHelp.setWordWrap(True)
        self.sexistActHelp.setIndent(26)

        self.categoryBoxLayout.addWidget(self.sexistActHelp)

        self.conflictRadio = QRadioButton(self.categoryBox)
        self.conflictRadio.setObjectName(u"conflictRadio")

        self.categoryBoxLayout.addWidget(self.conflictRadio)

        self.conflictHelp = QLabel(self.categoryBox)
        self.conflictHelp.setObjectName(u"conflictHelp")
        self.conflictHelp.setWordWrap(True)
        self.conflictHelp.setIndent(26)

        self.categoryBoxLayout.addWidget(self.conflictHelp)


        self.categoryContentsLayout.addWidget(self.categoryBox)

        self.originBox = QGroupBox(self.categoryContents)
        self.originBox.setObjectName(u"originBox")
        self.originBoxLayout = QVBoxLayout(self.originBox)
        self.originBoxLayout.setObjectName(u"originBoxLayout")
        self.internalRadio = QRadioButton(self.originBox)
        self.internalRadio.setObjectName(u"internalRadio")

        self.originBoxLayout.addWidget(self.internalRadio)

        self.internalHelp = QLabel(self.originBox)
        self.internalHelp.setObjectName(u"internalHelp")
        self.internalHelp.setWordWrap(True)
        self.internalHelp.setIndent(26)

        self.originBoxLayout.addWidget(self.internalHelp)

        self.externalRadio = QRadioButton(self.originBox)
        self.externalRadio.setObjectName(u"externalRadio")

        self.originBoxLayout.addWidget(self.externalRadio)

        self.externalHelp = QLabel(self.originBox)
        self.externalHelp.setObjectName(u"externalHelp")
        self.externalHelp.setWordWrap(True)
        self.externalHelp.setIndent(26)

        self.originBoxLayout.addWidget(self.externalHelp)


        self.categoryContentsLayout.addWidget(self.originBox)

        self.categorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.categoryContentsLayout.addItem(self.categorySpacer)

        self.categoryArea.setWidget(self.categoryContents)

        self.categoryLayout.addWidget(self.categoryArea)

        ReportWizard.addPage(self.categoryPage)
        self.onvsPage = QWizardPage()
        self.onvsPage.setObjectName(u"onvsPage")
        self.onvsLayout = QVBoxLayout(self.onvsPage)
        self.onvsLayout.setObjectName(u"onvsLayout")
        self.onvsBox = QGroupBox(self.onvsPage)
        self.onvsBox.setObjectName(u"onvsBox")
        self.onvsBoxLayout = QVBoxLayout(self.onvsBox)
        self.onvsBoxLayout.setObjectName(u"onvsBoxLayout")
        self.onvsUnsureRadio = QRadioButton(self.onvsBox)
        self.onvsUnsureRadio.setObjectName(u"onvsUnsureRadio")

        self.onvsBoxLayout.addWidget(self.onvsUnsureRadio)

        self.onvs1Radio = QRadioButton(self.onvsBox)
        self.onvs1Radio.setObjectName(u"onvs1Radio")

        self.onvsBoxLayout.addWidget(self.onvs1Radio)

        self.onvs1Help = QLabel(self.onvsBox)
        self.onvs1Help.setObjectName(u"onvs1Help")
        self.onvs1Help.setWordWrap(True)
        self.onvs1Help.setIndent(26)

        self.onvsBoxLayout.addWidget(self.onvs1Help)

        self.onvs2Radio = QRadioButton(self.onvsBox)
        self.onvs2Radio.setObjectName(u"onvs2Radio")

        self.onvsBoxLayout.addWidget(self.onvs2Radio)

        self.onvs2Help = QLabel(self.onvsBox)
        self.onvs2Help.setObjectName(u"onvs2Help")
        self.onvs2Help.setWordWrap(True)
        self.onvs2Help.setIndent(26)

        self.onvsBoxLayout.addWidget(self.onvs2Help)

        self.onvs3Radio = QRadioButton(self.onvsBox)
        self.onvs3Radio.setObjectName(u"onvs3Radio")

        self.onvsBoxLayout.addWidget(self.onvs3Radio)

        self.onvs3Help = QLabel(self.onvsBox)
        self.onvs3Help.setObjectName(u"onvs3Help")
        self.onvs3Help.setWordWrap(True)
        self.onvs3Help.setIndent(26)

        self.onvsBoxLayout.addWidget(self.onvs3Help)

        self.onvs4Radio = QRadioButton(self.onvsBox)
        self.onvs4Radio.setObjectName(u"onvs4Radio")

        self.onvsBoxLayout.addWidget(self.onvs4Radio)

        self.onvs4Help = QLabel(self.onvsBox)
        self.onvs4Help.setObjectName(u"onvs4Help")
        self.onvs4Help.setWordWrap(True)
        self.onvs4Help.setIndent(26)

        self.onvsBoxLayout.addWidget(self.onvs4Help)


        self.onvsLayout.addWidget(self.onvsBox)

        self.onvsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.onvsLayout.addItem(self.onvsSpacer)

        ReportWizard.addPage(self.onvsPage)
        self.aboutPage = QWizardPage()
        self.aboutPage.setObjectName(u"aboutPage")
        self.aboutLayout = QVBoxLayout(self.aboutPage)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutArea = QScrollArea(self.aboutPage)
        self.aboutArea.setObjectName(u"aboutArea")
        self.aboutArea.setFrameShape(QFrame.Shape.NoFrame)
        self.aboutArea.setWidgetResizable(True)
        self.aboutContents = QWidget()
        self.aboutContents.setObjectName(u"aboutContents")
        self.aboutContentsLayout = QVBoxLayout(self.aboutContents)
        self.aboutContentsLayout.setObjectName(u"aboutContentsLayout")
        self.anonymousCheck = QCheckBox(self.aboutContents)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.aboutContentsLayout.addWidget(self.anonymousCheck)

        self.anonymousHelp = QLabel(self.aboutContents)
        self.anonymousHelp.setObjectName(u"anonymousHelp")
        self.anonymousHelp.setWordWrap(True)
        self.anonymousHelp.setIndent(26)

        self.aboutContentsLayout.addWidget(self.anonymousHelp)

        self.identityBox = QGroupBox(self.aboutContents)
        self.identityBox.setObjectName(u"identityBox")
        self.identityLayout = QFormLayout(self.identityBox)
        self.identityLayout.setObjectName(u"identityLayout")
        self.reporterNameLabel = QLabel(self.identityBox)
        self.reporterNameLabel.setObjectName(u"reporterNameLabel")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporterNameLabel)

        self.reporterNameEdit = QLineEdit(self.identityBox)
        self.reporterNameEdit.setObjectName(u"reporterNameEdit")

        self.identityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporterNameEdit)

        self.contactLabel = QLabel(self.identityBox)
        self.contactLabel.setObjectName(u"contactLabel")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.identityBox)
        self.contactEdit.setObjectName(u"contactEdit")

        self.identityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.professionLabel = QLabel(self.identityBox)
        self.professionLabel.setObjectName(u"professionLabel")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.professionLabel)

        self.professionCombo = QComboBox(self.identityBox)
        self.professionCombo.setObjectName(u"professionCombo")

        self.identityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.professionCombo)

        self.reporterUnitLabel = QLabel(self.identityBox)
        self.reporterUnitLabel.setObjectName(u"reporterUnitLabel")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reporterUnitLabel)

        self.reporterUnitEdit = QLineEdit(self.identityBox)
        self.reporterUnitEdit.setObjectName(u"reporterUnitEdit")

        self.identityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporterUnitEdit)


        self.aboutContentsLayout.addWidget(self.identityBox)

        self.roleBox = QGroupBox(self.aboutContents)
        self.roleBox.setObjectName(u"roleBox")
        self.roleBoxLayout = QVBoxLayout(self.roleBox)
        self.roleBoxLayout.setObjectName(u"roleBoxLayout")
        self.victimRadio = QRadioButton(self.roleBox)
        self.victimRadio.setObjectName(u"victimRadio")

        self.roleBoxLayout.addWidget(self.victimRadio)

        self.witnessRadio = QRadioButton(self.roleBox)
        self.witnessRadio.setObjectName(u"witnessRadio")

        self.roleBoxLayout.addWidget(self.witnessRadio)


        self.aboutContentsLayout.addWidget(self.roleBox)

        self.channelBox = QGroupBox(self.aboutContents)
        self.channelBox.setObjectName(u"channelBox")
        self.channelBoxLayout = QVBoxLayout(self.channelBox)
        self.channelBoxLayout.setObjectName(u"channelBoxLayout")
        self.writtenRadio = QRadioButton(self.channelBox)
        self.writtenRadio.setObjectName(u"writtenRadio")

        self.channelBoxLayout.addWidget(self.writtenRadio)

        self.oralRadio = QRadioButton(self.channelBox)
        self.oralRadio.setObjectName(u"oralRadio")

        self.channelBoxLayout.addWidget(self.oralRadio)

        self.meetingRadio = QRadioButton(self.channelBox)
        self.meetingRadio.setObjectName(u"meetingRadio")

        self.channelBoxLayout.addWidget(self.meetingRadio)


        self.aboutContentsLayout.addWidget(self.channelBox)

        self.aboutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.aboutContentsLayout.addItem(self.aboutSpacer)

        self.aboutArea.setWidget(self.aboutContents)

        self.aboutLayout.addWidget(self.aboutArea)

        ReportWizard.addPage(self.aboutPage)
        self.helperPage = QWizardPage()
        self.helperPage.setObjectName(u"helperPage")
        self.helperLayout = QVBoxLayout(self.helperPage)
        self.helperLayout.setObjectName(u"helperLayout")
        self.facilitatorLabel = QLabel(self.helperPage)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.helperLayout.addWidget(self.facilitatorLabel)

        self.facilitatorEdit = QLineEdit(self.helperPage)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")

        self.helperLayout.addWidget(self.facilitatorEdit)

        self.facilitatorHelp = QLabel(self.helperPage)
        self.facilitatorHelp.setObjectName(u"facilitatorHelp")
        self.facilitatorHelp.setWordWrap(True)

        self.helperLayout.addWidget(self.facilitatorHelp)

        self.helperSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.helperLayout.addItem(self.helperSpacer)

        ReportWizard.addPage(self.helperPage)
        self.reviewPage = QWizardPage()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewArea = QScrollArea(self.reviewPage)
        self.reviewArea.setObjectName(u"reviewArea")
        self.reviewArea.setWidgetResizable(True)
        self.reviewContents = QWidget()
        self.reviewContents.setObjectName(u"reviewContents")
        self.reviewGrid = QGridLayout(self.reviewContents)
        self.reviewGrid.setObjectName(u"reviewGrid")
        self.reviewArea.setWidget(self.reviewContents)

        self.reviewLayout.addWidget(self.reviewArea)

        self.requirementLabel = QLabel(self.reviewPage)
        self.requirementLabel.setObjectName(u"requirementLabel")
        self.requirementLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.requirementLabel)

        self.fileErrorLabel = QLabel(self.reviewPage)
        self.fileErrorLabel.setObjectName(u"fileErrorLabel")
        self.fileErrorLabel.setText(u"")
        self.fileErrorLabel.setWordWrap(True)
        self.fileErrorLabel.setStyleSheet(u"color: #b3261e;")

        self.reviewLayout.addWidget(self.fileErrorLabel)

        self.filingBar = QProgressBar(self.reviewPage)
        self.filingBar.setObjectName(u"filingBar")
        self.filingBar.setMaximum(0)
        self.filingBar.setTextVisible(False)

        self.reviewLayout.addWidget(self.filingBar)

        ReportWizard.addPage(self.reviewPage)
        self.donePage = QWizardPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.referenceLabel = QLabel(self.donePage)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setText(u"")
        self.referenceLabel.setWordWrap(True)
        self.referenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.referenceLabel.setStyleSheet(u"font-size: 14pt; padding: 12px; border: 1px solid palette(mid);")

        self.doneLayout.addWidget(self.referenceLabel)

        self.doneHelpLabel = QLabel(self.donePage)
        self.doneHelpLabel.setObjectName(u"doneHelpLabel")
        self.doneHelpLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneHelpLabel)

        self.doneWarningLabel = QLabel(self.donePage)
        self.doneWarningLabel.setObjectName(u"doneWarningLabel")
        self.doneWarningLabel.setText(u"")
        self.doneWarningLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneWarningLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        ReportWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.circumstancesLabel.setBuddy(self.circumstancesEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.poleLabel.setBuddy(self.poleEdit)
        self.establishmentLabel.setBuddy(self.establishmentEdit)
        self.involvedLabel.setBuddy(self.involvedView)
        self.witnessesLabel.setBuddy(self.witnessesView)
        self.impactLabel.setBuddy(self.impactEdit)
        self.sickLeaveDaysLabel.setBuddy(self.sickLeaveDaysSpin)
        self.ittLabel.setBuddy(self.ittSpin)
        self.actionsLabel.setBuddy(self.actionsEdit)
        self.expectationsLabel.setBuddy(self.expectationsEdit)
        self.reporterNameLabel.setBuddy(self.reporterNameEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.professionLabel.setBuddy(self.professionCombo)
        self.reporterUnitLabel.setBuddy(self.reporterUnitEdit)
        self.facilitatorLabel.setBuddy(self.facilitatorEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.circumstancesEdit)
        QWidget.setTabOrder(self.circumstancesEdit, self.dateKnownCheck)
        QWidget.setTabOrder(self.dateKnownCheck, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeKnownCheck)
        QWidget.setTabOrder(self.timeKnownCheck, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.repeatedCheck)
        QWidget.setTabOrder(self.repeatedCheck, self.firstDateKnownCheck)
        QWidget.setTabOrder(self.firstDateKnownCheck, self.firstDateEdit)
        QWidget.setTabOrder(self.firstDateEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.poleEdit)
        QWidget.setTabOrder(self.poleEdit, self.establishmentEdit)
        QWidget.setTabOrder(self.establishmentEdit, self.involvedView)
        QWidget.setTabOrder(self.involvedView, self.addInvolvedButton)
        QWidget.setTabOrder(self.addInvolvedButton, self.removeInvolvedButton)
        QWidget.setTabOrder(self.removeInvolvedButton, self.witnessesView)
        QWidget.setTabOrder(self.witnessesView, self.addWitnessButton)
        QWidget.setTabOrder(self.addWitnessButton, self.removeWitnessButton)
        QWidget.setTabOrder(self.removeWitnessButton, self.impactEdit)
        QWidget.setTabOrder(self.impactEdit, self.sickLeaveCheck)
        QWidget.setTabOrder(self.sickLeaveCheck, self.sickLeaveDaysSpin)
        QWidget.setTabOrder(self.sickLeaveDaysSpin, self.workAccidentCheck)
        QWidget.setTabOrder(self.workAccidentCheck, self.ittSpin)
        QWidget.setTabOrder(self.ittSpin, self.actionsEdit)
        QWidget.setTabOrder(self.actionsEdit, self.expectationsEdit)
        QWidget.setTabOrder(self.expectationsEdit, self.categoryUnsureRadio)
        QWidget.setTabOrder(self.categoryUnsureRadio, self.violenceRadio)
        QWidget.setTabOrder(self.violenceRadio, self.discriminationRadio)
        QWidget.setTabOrder(self.discriminationRadio, self.moralHarassmentRadio)
        QWidget.setTabOrder(self.moralHarassmentRadio, self.sexualHarassmentRadio)
        QWidget.setTabOrder(self.sexualHarassmentRadio, self.sexistActRadio)
        QWidget.setTabOrder(self.sexistActRadio, self.conflictRadio)
        QWidget.setTabOrder(self.conflictRadio, self.internalRadio)
        QWidget.setTabOrder(self.internalRadio, self.externalRadio)
        QWidget.setTabOrder(self.externalRadio, self.onvsUnsureRadio)
        QWidget.setTabOrder(self.onvsUnsureRadio, self.onvs1Radio)
        QWidget.setTabOrder(self.onvs1Radio, self.onvs2Radio)
        QWidget.setTabOrder(self.onvs2Radio, self.onvs3Radio)
        QWidget.setTabOrder(self.onvs3Radio, self.onvs4Radio)
        QWidget.setTabOrder(self.onvs4Radio, self.anonymousCheck)
        QWidget.setTabOrder(self.anonymousCheck, self.reporterNameEdit)
        QWidget.setTabOrder(self.reporterNameEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.professionCombo)
        QWidget.setTabOrder(self.professionCombo, self.reporterUnitEdit)
        QWidget.setTabOrder(self.reporterUnitEdit, self.victimRadio)
        QWidget.setTabOrder(self.victimRadio, self.witnessRadio)
        QWidget.setTabOrder(self.witnessRadio, self.writtenRadio)
        QWidget.setTabOrder(self.writtenRadio, self.oralRadio)
        QWidget.setTabOrder(self.oralRadio, self.meetingRadio)
        QWidget.setTabOrder(self.meetingRadio, self.facilitatorEdit)
        QWidget.setTabOrder(self.facilitatorEdit, self.reviewArea)

        self.retranslateUi(ReportWizard)

        QMetaObject.connectSlotsByName(ReportWizard)
    # setupUi

    def retranslateUi(self, ReportWizard):
        ReportWizard.setWindowTitle(QCoreApplication.translate("ReportWizard", u"New report \u2014 Hospital Mediation", None))
        self.whatPage.setTitle(QCoreApplication.translate("ReportWizard", u"What happened", None))
        self.whatPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"In your own words. You can stop and come back.", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ReportWizard", u"&What happened?", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.circumstancesLabel.setText(QCoreApplication.translate("ReportWizard", u"&Anything about the circumstances you want to add (what was going on before or after, for example)", None))
#if QT_CONFIG(accessibility)
        self.circumstancesEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Circumstances", None))
#endif // QT_CONFIG(accessibility)
        self.whatHelpLabel.setText(QCoreApplication.translate("ReportWizard", u"Write as much or as little as you like. Every question in this report is optional: answer only what you want to.", None))
        self.whenPage.setTitle(QCoreApplication.translate("ReportWizard", u"When", None))
        self.whenPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"If you do not remember exactly, that is fine: leave what you do not know.", None))
        self.dateKnownCheck.setText(QCoreApplication.translate("ReportWizard", u"I know the &date", None))
#if QT_CONFIG(accessibility)
        self.dateKnownCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"I know the date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.timeKnownCheck.setText(QCoreApplication.translate("ReportWizard", u"I know the &time", None))
#if QT_CONFIG(accessibility)
        self.timeKnownCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"I know the time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.repeatedCheck.setText(QCoreApplication.translate("ReportWizard", u"It happened &more than once", None))
#if QT_CONFIG(accessibility)
        self.repeatedCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"It happened more than once", None))
#endif // QT_CONFIG(accessibility)
        self.firstDateKnownCheck.setText(QCoreApplication.translate("ReportWizard", u"I know when it first &happened", None))
#if QT_CONFIG(accessibility)
        self.firstDateKnownCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"I know when it first happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstDateEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"When it first happened", None))
#endif // QT_CONFIG(accessibility)
        self.whenHelpLabel.setText(QCoreApplication.translate("ReportWizard", u"If it happened more than once, the date above can be the last time.", None))
        self.wherePage.setTitle(QCoreApplication.translate("ReportWizard", u"Where", None))
        self.wherePage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Where did it take place? Fill in only what you want to.", None))
        self.placeLabel.setText(QCoreApplication.translate("ReportWizard", u"&Where exactly", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Where exactly", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.placeEdit.setToolTip(QCoreApplication.translate("ReportWizard", u"For example: a corridor, a patient's room, the break room, the car park.", None))
#endif // QT_CONFIG(tooltip)
        self.unitLabel.setText(QCoreApplication.translate("ReportWizard", u"&Unit or department", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Unit or department", None))
#endif // QT_CONFIG(accessibility)
        self.poleLabel.setText(QCoreApplication.translate("ReportWizard", u"&P\u00f4le", None))
#if QT_CONFIG(accessibility)
        self.poleEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"P\u00f4le", None))
#endif // QT_CONFIG(accessibility)
        self.establishmentLabel.setText(QCoreApplication.translate("ReportWizard", u"&Establishment", None))
#if QT_CONFIG(accessibility)
        self.establishmentEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Establishment", None))
#endif // QT_CONFIG(accessibility)
        self.whereHelpLabel.setText(QCoreApplication.translate("ReportWizard", u"For example: a corridor, a patient's room, the break room, the car park.", None))
        self.involvedPage.setTitle(QCoreApplication.translate("ReportWizard", u"Who was involved", None))
        self.involvedPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Only if you wish. Names are optional: a role (for example \"a night-shift nurse\") is enough.", None))
        self.involvedLabel.setText(QCoreApplication.translate("ReportWizard", u"&People involved (press F2 to change the selected cell)", None))
#if QT_CONFIG(accessibility)
        self.involvedView.setAccessibleName(QCoreApplication.translate("ReportWizard", u"People involved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.involvedView.setAccessibleDescription(QCoreApplication.translate("ReportWizard", u"Press F2 to change the selected cell.", None))
#endif // QT_CONFIG(accessibility)
        self.addInvolvedButton.setText(QCoreApplication.translate("ReportWizard", u"&Add a person", None))
#if QT_CONFIG(accessibility)
        self.addInvolvedButton.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Add a person involved", None))
#endif // QT_CONFIG(accessibility)
        self.removeInvolvedButton.setText(QCoreApplication.translate("ReportWizard", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.removeInvolvedButton.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Remove the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.witnessesPage.setTitle(QCoreApplication.translate("ReportWizard", u"Who saw it", None))
        self.witnessesPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Did anyone else see or hear what happened? Only if you wish.", None))
        self.witnessesLabel.setText(QCoreApplication.translate("ReportWizard", u"&People who saw or heard it (press F2 to change the selected cell)", None))
#if QT_CONFIG(accessibility)
        self.witnessesView.setAccessibleName(QCoreApplication.translate("ReportWizard", u"People who saw or heard it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.witnessesView.setAccessibleDescription(QCoreApplication.translate("ReportWizard", u"Press F2 to change the selected cell; Space ticks \"agrees to be contacted\".", None))
#endif // QT_CONFIG(accessibility)
        self.addWitnessButton.setText(QCoreApplication.translate("ReportWizard", u"&Add a person", None))
#if QT_CONFIG(accessibility)
        self.addWitnessButton.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Add a person who saw or heard it", None))
#endif // QT_CONFIG(accessibility)
        self.removeWitnessButton.setText(QCoreApplication.translate("ReportWizard", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.removeWitnessButton.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Remove the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.consentHelpLabel.setText(QCoreApplication.translate("ReportWizard", u"Tick \"agrees to be contacted\" only if the person told you so.", None))
        self.impactPage.setTitle(QCoreApplication.translate("ReportWizard", u"How it has affected you", None))
        self.impactPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Optional. What you write here is health information.", None))
        self.healthNoticeLabel.setText(QCoreApplication.translate("ReportWizard", u"Health information: kept encrypted like the rest of the report, shown only to the people handling it, and left out of exports unless someone chooses to include it.", None))
#if QT_CONFIG(accessibility)
        self.healthNoticeLabel.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Health information notice", None))
#endif // QT_CONFIG(accessibility)
        self.impactLabel.setText(QCoreApplication.translate("ReportWizard", u"&In your own words (for example on your health, your sleep, your work)", None))
#if QT_CONFIG(accessibility)
        self.impactEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"How it has affected you", None))
#endif // QT_CONFIG(accessibility)
        self.sickLeaveCheck.setText(QCoreApplication.translate("ReportWizard", u"I have been on &sick leave because of it", None))
#if QT_CONFIG(accessibility)
        self.sickLeaveCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Sick leave because of it", None))
#endif // QT_CONFIG(accessibility)
        self.sickLeaveDaysLabel.setText(QCoreApplication.translate("ReportWizard", u"Number of &days of sick leave", None))
#if QT_CONFIG(accessibility)
        self.sickLeaveDaysSpin.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Number of days of sick leave", None))
#endif // QT_CONFIG(accessibility)
        self.sickLeaveDaysSpin.setSpecialValueText(QCoreApplication.translate("ReportWizard", u"Not said", None))
        self.workAccidentCheck.setText(QCoreApplication.translate("ReportWizard", u"It was declared as a &work accident", None))
#if QT_CONFIG(accessibility)
        self.workAccidentCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Declared as a work accident", None))
#endif // QT_CONFIG(accessibility)
        self.ittLabel.setText(QCoreApplication.translate("ReportWizard", u"Days of &total incapacity for work (ITT) on a medical certificate", None))
#if QT_CONFIG(accessibility)
        self.ittSpin.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Days of total incapacity for work (ITT)", None))
#endif // QT_CONFIG(accessibility)
        self.ittSpin.setSpecialValueText(QCoreApplication.translate("ReportWizard", u"Not said", None))
        self.actionsPage.setTitle(QCoreApplication.translate("ReportWizard", u"What you have already done", None))
        self.actionsPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"For example: talked to someone, seen a doctor, written to your manager. If nothing yet, that is fine too.", None))
        self.actionsLabel.setText(QCoreApplication.translate("ReportWizard", u"&What you have already done, if anything", None))
#if QT_CONFIG(accessibility)
        self.actionsEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"What you have already done", None))
#endif // QT_CONFIG(accessibility)
        self.wishesPage.setTitle(QCoreApplication.translate("ReportWizard", u"What you would like to happen", None))
        self.wishesPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"There is no wrong answer. You can also leave this empty.", None))
        self.expectationsLabel.setText(QCoreApplication.translate("ReportWizard", u"&What you would like to happen", None))
#if QT_CONFIG(accessibility)
        self.expectationsEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"What you would like to happen", None))
#endif // QT_CONFIG(accessibility)
        self.categoryPage.setTitle(QCoreApplication.translate("ReportWizard", u"Helping to classify it", None))
        self.categoryPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Choose what seems closest. If you are not sure, say so: the people handling the report will sort it out with you.", None))
        self.categoryBox.setTitle(QCoreApplication.translate("ReportWizard", u"Which seems closest?", None))
        self.categoryUnsureRadio.setText(QCoreApplication.translate("ReportWizard", u"I am not s&ure", None))
#if QT_CONFIG(accessibility)
        self.categoryUnsureRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: I am not sure", None))
#endif // QT_CONFIG(accessibility)
        self.violenceRadio.setText(QCoreApplication.translate("ReportWizard", u"&Violence", None))
#if QT_CONFIG(accessibility)
        self.violenceRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: violence", None))
#endif // QT_CONFIG(accessibility)
        self.violenceHelp.setText(QCoreApplication.translate("ReportWizard", u"Aggression against a person: insults, threats, pushing, blows, or worse.", None))
        self.discriminationRadio.setText(QCoreApplication.translate("ReportWizard", u"&Discrimination", None))
#if QT_CONFIG(accessibility)
        self.discriminationRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: discrimination", None))
#endif // QT_CONFIG(accessibility)
        self.discriminationHelp.setText(QCoreApplication.translate("ReportWizard", u"Being treated less well because of who you are: for example your origin, sex, age, health, disability, religion, sexual orientation or union activity.", None))
        self.moralHarassmentRadio.setText(QCoreApplication.translate("ReportWizard", u"&Moral harassment", None))
#if QT_CONFIG(accessibility)
        self.moralHarassmentRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: moral harassment", None))
#endif // QT_CONFIG(accessibility)
        self.moralHarassmentHelp.setText(QCoreApplication.translate("ReportWizard", u"Repeated behaviour that makes your working conditions worse and can harm your dignity, your health or your career.", None))
        self.sexualHarassmentRadio.setText(QCoreApplication.translate("ReportWizard", u"&Sexual harassment", None))
#if QT_CONFIG(accessibility)
        self.sexualHarassmentRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: sexual harassment", None))
#endif // QT_CONFIG(accessibility)
        self.sexualHarassmentHelp.setText(QCoreApplication.translate("ReportWizard", u"Repeated remarks or behaviour of a sexual or sexist nature, or even a single serious pressure to obtain a sexual act.", None))
        self.sexistActRadio.setText(QCoreApplication.translate("ReportWizard", u"Se&xist act", None))
#if QT_CONFIG(accessibility)
        self.sexistActRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: sexist act", None))
#endif // QT_CONFIG(accessibility)
        self.sexistActHelp.setText(QCoreApplication.translate("ReportWizard", u"A remark or behaviour linked to someone's sex that offends their dignity or creates a hostile, humiliating atmosphere, even once.", None))
        self.conflictRadio.setText(QCoreApplication.translate("ReportWizard", u"Wor&kplace conflict", None))
#if QT_CONFIG(accessibility)
        self.conflictRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Category: workplace conflict", None))
#endif // QT_CONFIG(accessibility)
        self.conflictHelp.setText(QCoreApplication.translate("ReportWizard", u"A disagreement or tension at work. Not every conflict is harassment, and a conflict is still worth reporting.", None))
        self.originBox.setTitle(QCoreApplication.translate("ReportWizard", u"Were the people involved from the establishment?", None))
        self.internalRadio.setText(QCoreApplication.translate("ReportWizard", u"Yes, people working &in the establishment", None))
#if QT_CONFIG(accessibility)
        self.internalRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"People working in the establishment", None))
#endif // QT_CONFIG(accessibility)
        self.internalHelp.setText(QCoreApplication.translate("ReportWizard", u"Colleagues, managers, other staff or students.", None))
        self.externalRadio.setText(QCoreApplication.translate("ReportWizard", u"No, people from &outside", None))
#if QT_CONFIG(accessibility)
        self.externalRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"People from outside the establishment", None))
#endif // QT_CONFIG(accessibility)
        self.externalHelp.setText(QCoreApplication.translate("ReportWizard", u"Patients, their relatives, visitors.", None))
        self.onvsPage.setTitle(QCoreApplication.translate("ReportWizard", u"How serious it was", None))
        self.onvsPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Hospitals count violence on the same four-level scale (the national observatory, ONVS). Choose the closest, or leave it open.", None))
        self.onvsBox.setTitle(QCoreApplication.translate("ReportWizard", u"Which level is closest?", None))
        self.onvsUnsureRadio.setText(QCoreApplication.translate("ReportWizard", u"I am not s&ure", None))
#if QT_CONFIG(accessibility)
        self.onvsUnsureRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Level: I am not sure", None))
#endif // QT_CONFIG(accessibility)
        self.onvs1Radio.setText(QCoreApplication.translate("ReportWizard", u"Level &1", None))
#if QT_CONFIG(accessibility)
        self.onvs1Radio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Level 1", None))
#endif // QT_CONFIG(accessibility)
        self.onvs1Help.setText(QCoreApplication.translate("ReportWizard", u"Insults, provocation, discriminatory or sexual remarks, nuisance.", None))
        self.onvs2Radio.setText(QCoreApplication.translate("ReportWizard", u"Level &2", None))
#if QT_CONFIG(accessibility)
        self.onvs2Radio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Level 2", None))
#endif // QT_CONFIG(accessibility)
        self.onvs2Help.setText(QCoreApplication.translate("ReportWizard", u"Threats to someone's physical safety, death threats, carrying a weapon.", None))
        self.onvs3Radio.setText(QCoreApplication.translate("ReportWizard", u"Level &3", None))
#if QT_CONFIG(accessibility)
        self.onvs3Radio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Level 3", None))
#endif // QT_CONFIG(accessibility)
        self.onvs3Help.setText(QCoreApplication.translate("ReportWizard", u"Deliberate physical violence: pushing, spitting, blows, strangling.", None))
        self.onvs4Radio.setText(QCoreApplication.translate("ReportWizard", u"Level &4", None))
#if QT_CONFIG(accessibility)
        self.onvs4Radio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Level 4", None))
#endif // QT_CONFIG(accessibility)
        self.onvs4Help.setText(QCoreApplication.translate("ReportWizard", u"Violence with a weapon, rape, being held against one's will.", None))
        self.aboutPage.setTitle(QCoreApplication.translate("ReportWizard", u"About you", None))
        self.aboutPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"You decide what you share about yourself.", None))
        self.anonymousCheck.setText(QCoreApplication.translate("ReportWizard", u"Report &anonymously", None))
#if QT_CONFIG(accessibility)
        self.anonymousCheck.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Report anonymously", None))
#endif // QT_CONFIG(accessibility)
        self.anonymousHelp.setText(QCoreApplication.translate("ReportWizard", u"Your name and contact details are then not recorded. This also means that no acknowledgement and no news about the report can be sent to you, unless you come forward later.", None))
        self.identityBox.setTitle(QCoreApplication.translate("ReportWizard", u"Your details", None))
        self.reporterNameLabel.setText(QCoreApplication.translate("ReportWizard", u"Your na&me", None))
#if QT_CONFIG(accessibility)
        self.reporterNameEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("ReportWizard", u"How to &contact you (phone or e-mail)", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"How to contact you", None))
#endif // QT_CONFIG(accessibility)
        self.professionLabel.setText(QCoreApplication.translate("ReportWizard", u"Your &profession", None))
#if QT_CONFIG(accessibility)
        self.professionCombo.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Your profession", None))
#endif // QT_CONFIG(accessibility)
        self.reporterUnitLabel.setText(QCoreApplication.translate("ReportWizard", u"Your &unit", None))
#if QT_CONFIG(accessibility)
        self.reporterUnitEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Your unit", None))
#endif // QT_CONFIG(accessibility)
        self.roleBox.setTitle(QCoreApplication.translate("ReportWizard", u"Are you\u2026", None))
        self.victimRadio.setText(QCoreApplication.translate("ReportWizard", u"the person it happened &to", None))
#if QT_CONFIG(accessibility)
        self.victimRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"I am the person it happened to", None))
#endif // QT_CONFIG(accessibility)
        self.witnessRadio.setText(QCoreApplication.translate("ReportWizard", u"someone who &saw or heard it", None))
#if QT_CONFIG(accessibility)
        self.witnessRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"I saw or heard it", None))
#endif // QT_CONFIG(accessibility)
        self.channelBox.setTitle(QCoreApplication.translate("ReportWizard", u"How does this report arrive?", None))
        self.writtenRadio.setText(QCoreApplication.translate("ReportWizard", u"In writin&g", None))
#if QT_CONFIG(accessibility)
        self.writtenRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Arrives in writing", None))
#endif // QT_CONFIG(accessibility)
        self.oralRadio.setText(QCoreApplication.translate("ReportWizard", u"&Orally", None))
#if QT_CONFIG(accessibility)
        self.oralRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Arrives orally", None))
#endif // QT_CONFIG(accessibility)
        self.meetingRadio.setText(QCoreApplication.translate("ReportWizard", u"At a m&eeting", None))
#if QT_CONFIG(accessibility)
        self.meetingRadio.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Arrives at a meeting", None))
#endif // QT_CONFIG(accessibility)
        self.helperPage.setTitle(QCoreApplication.translate("ReportWizard", u"Someone helping you", None))
        self.helperPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Is someone helping you with this report? For example a union representative, an association or an advocate. Optional.", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("ReportWizard", u"&Who is helping you (a person or an organisation)", None))
#if QT_CONFIG(accessibility)
        self.facilitatorEdit.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Who is helping you", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorHelp.setText(QCoreApplication.translate("ReportWizard", u"They can help you write the report and accompany you afterwards.", None))
        self.reviewPage.setTitle(QCoreApplication.translate("ReportWizard", u"Check your report", None))
        self.reviewPage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Nothing is filed until you choose \"File the report\". Use \"Change\" to correct any part.", None))
#if QT_CONFIG(accessibility)
        self.reviewArea.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Summary of the report", None))
#endif // QT_CONFIG(accessibility)
        self.requirementLabel.setText(QCoreApplication.translate("ReportWizard", u"To file the report, write a few words about what happened (first page) or choose the closest kind of event (\"Helping to classify it\"). Everything else is optional.", None))
#if QT_CONFIG(accessibility)
        self.requirementLabel.setAccessibleName(QCoreApplication.translate("ReportWizard", u"What the report needs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileErrorLabel.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filingBar.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Filing the report", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("ReportWizard", u"Report filed", None))
        self.donePage.setSubTitle(QCoreApplication.translate("ReportWizard", u"Thank you. The report is recorded and encrypted in the vault.", None))
#if QT_CONFIG(accessibility)
        self.referenceLabel.setAccessibleName(QCoreApplication.translate("ReportWizard", u"Reference of the report", None))
#endif // QT_CONFIG(accessibility)
        self.doneHelpLabel.setText(QCoreApplication.translate("ReportWizard", u"Keep this reference: it is how the report is found again.", None))
    # retranslateUi

