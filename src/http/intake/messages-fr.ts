import type { IntakeMessages } from './messages.js';

export const fr: IntakeMessages = {
  languageName: 'Français',
  siteName: 'Procédures spéciales des Nations Unies : transmettre des informations',
  languages: 'Langues',
  skipLink: 'Aller au contenu',
  footer:
    'Ce que vous envoyez n’est lu que par le secrétariat des procédures spéciales. Votre identité et vos coordonnées ne sont jamais communiquées à l’État ni publiées.',

  formTitle: 'Transmettre des informations sur une personne en danger',
  formIntro:
    'Informez les procédures spéciales du Conseil des droits de l’homme des Nations Unies d’une violation des droits de l’homme passée, en cours ou imminente. Écrivez en français, en anglais ou en espagnol. Les informations anonymes ne sont pas traitées : votre nom et un moyen de vous joindre sont nécessaires, et restent confidentiels.',
  requiredNote: 'Les champs marqués « obligatoire » doivent être remplis.',
  required: 'obligatoire',
  optional: 'facultatif',

  victimsLegend: 'Les victimes présumées',
  victimsHint: 'Les personnes dont les droits ont été violés. Décrivez chaque personne dans son propre bloc.',
  victimHeading: (n) => `Personne ${n}`,
  victimName: 'Nom complet',
  victimOtherNames: 'Autres graphies du nom',
  victimOtherNamesHint: 'Une par ligne : translittérations, nom de jeune fille, surnom.',
  gender: 'Genre',
  genderUnknown: 'Non précisé',
  genderFemale: 'Femme',
  genderMale: 'Homme',
  victimRole: 'Rôle ou profession',
  victimRoleHint: 'Par exemple : défenseur ou défenseuse des droits de l’homme, journaliste, avocat, syndicaliste, étudiant.',
  consentToState: 'Le nom peut-il être communiqué au Gouvernement ?',
  consentToStateHint:
    'Une lettre à un Gouvernement nomme les personnes concernées afin qu’il puisse répondre à leur sujet. Sans ce consentement, le nom de la personne n’est pas communiqué au Gouvernement.',
  consentPublic: 'Le nom peut-il être rendu public ?',
  consentPublicHint:
    'Les lettres et les réponses des Gouvernements sont publiées environ 60 jours après leur envoi. Sans ce consentement, le nom de la personne est retiré de tout ce qui est publié.',
  consentYes: 'Oui, la personne (ou sa famille) a donné son accord',
  consentNo: 'Non',
  consentUnknown: 'Pas encore demandé',
  addVictim: 'Ajouter une autre personne',
  addVictimHint: (max) => `Ajoute un bloc pour une personne de plus (jusqu’à ${max}). Ce que vous avez écrit est conservé.`,
  victimsFull: (max) => `Vous avez décrit ${max} personnes, le maximum pour un formulaire. Nommez les autres dans « Ce qui s’est passé ».`,

  whatLegend: 'Ce qui s’est passé',
  summary: 'Ce qui s’est passé',
  summaryHint: 'Avec vos propres mots : ce qui a été fait, à qui, par qui, et ce qui s’est passé depuis. Donnez les dates que vous connaissez.',
  perpetrators: 'Qui est responsable',
  perpetratorsHint: 'Les auteurs présumés : agents, unités, services, groupes ou entreprises, aussi précisément que possible.',
  place: 'Lieu des faits',
  placeHint: 'Ville, district, prison ou autre lieu.',
  country: 'Pays',
  countryNone: 'Choisissez un pays',
  dateLegend: 'Date des faits',
  dateHint: 'Aussi précisément que vous la connaissez : l’année seule, l’année et le mois, ou la date complète.',
  year: 'Année',
  month: 'Mois',
  monthNone: 'Inconnu',
  day: 'Jour',

  attachmentsLegend: 'Documents',
  attachments: 'Documents, photos ou témoignages',
  megabytes: (n) => `${n} Mo`,
  attachmentsHint: (maxFiles, maxEach, maxTotal) =>
    `Fichiers PDF, Word (DOCX), PNG ou JPEG : jusqu’à ${maxFiles} fichiers, ${maxEach} chacun, ${maxTotal} au total.`,
  filesNotKept: 'Pour votre sécurité, les fichiers ne sont pas conservés lorsque le formulaire est affiché à nouveau : choisissez-les de nouveau avant l’envoi.',

  submitterLegend: 'À votre sujet',
  submitterConfidential: 'Confidentiel : votre identité et vos coordonnées ne sont jamais communiquées à l’État ni publiées.',
  submitterName: 'Votre nom',
  organization: 'Votre organisation',
  email: 'Adresse électronique',
  phone: 'Téléphone',
  contactHint: 'Indiquez une adresse électronique, un numéro de téléphone, ou les deux, afin que le secrétariat puisse vous joindre.',
  relation: 'Votre lien avec les personnes concernées',
  relationHint: 'Par exemple : proche, avocat, collègue, membre d’une organisation qui suit le cas.',

  honeypot: 'Laissez ce champ vide',
  send: 'Envoyer les informations',

  errorSummaryTitle: 'Il y a un problème',
  fieldError: (code, max) =>
    ({
      required: 'Ce champ est obligatoire.',
      'victim-required': 'Indiquez le nom d’au moins une personne concernée.',
      'too-long': `Ce texte est trop long : ${max ?? ''} caractères au plus.`,
      'too-many': `Trop d’éléments : ${max ?? ''} au plus.`,
      'control-characters': 'Ce texte contient des caractères de contrôle invisibles. Tapez-le à nouveau ou collez-le en texte brut.',
      'invalid-choice': 'Choisissez l’une des options proposées.',
      'invalid-email': 'Indiquez une adresse électronique comme nom@example.org.',
      'invalid-phone': 'Indiquez un numéro de téléphone en chiffres, avec l’indicatif du pays si possible (comme +41 22 917 12 34).',
      'contact-required': 'Indiquez une adresse électronique ou un numéro de téléphone.',
      'unknown-country': 'Choisissez un pays dans la liste.',
      'invalid-year': 'Indiquez l’année en quatre chiffres, comme 2024.',
      'invalid-date': 'Ce jour n’existe pas dans ce mois.',
      'future-date': 'Cette date est dans le futur.',
      'year-required': 'Indiquez aussi l’année.',
      'month-required': 'Choisissez aussi le mois, ou laissez le jour vide.',
    })[code],

  fileRefused: (name, kind) =>
    `« ${name} » ${
      {
        empty: 'est vide',
        html: 'ressemble à une page web (HTML), pas à un document',
        'svg-or-xml': 'ressemble à un fichier SVG ou XML',
        executable: 'ressemble à un programme exécutable ou à un script',
        'zip-without-word': 'est un fichier ZIP qui ne contient pas de document Word',
        'word-with-macros': 'est un document Word avec des macros ; enregistrez-le en DOCX simple ou en PDF',
        archive: 'ressemble à une archive compressée ; envoyez les fichiers qu’elle contient un par un',
        'other-image': 'est une image d’un format non accepté ; enregistrez-la en PNG ou en JPEG',
        'old-office': 'ressemble à un ancien fichier Word ou Office (97-2003) ; enregistrez-le en DOCX ou en PDF',
        text: 'ressemble à du texte brut ; enregistrez-le en PDF ou en DOCX, ou collez-le dans « Ce qui s’est passé »',
        unknown: 'n’est pas un fichier PDF, Word (DOCX), PNG ou JPEG',
      }[kind]
    }. Rien n’a été envoyé.`,
  fileTooLarge: (name, limit) => `« ${name} » dépasse ${limit}, la taille maximale d’un fichier. Rien n’a été envoyé.`,
  filesTooLarge: (limit) => `Les fichiers dépassent ensemble ${limit}, le maximum pour un formulaire. Rien n’a été envoyé.`,
  tooManyFiles: (max) => `Un formulaire peut contenir ${max} fichiers au plus. Rien n’a été envoyé.`,

  receiptTitle: 'Vos informations ont été reçues',
  receiptIntro: 'Merci. Le secrétariat des procédures spéciales a reçu ce que vous avez envoyé.',
  receiptCodeLabel: 'Votre code de réception',
  receiptKeep:
    'Notez ce code et conservez-le en lieu sûr. Indiquez-le si vous écrivez au secrétariat au sujet de ces informations. Toute personne qui le détient peut se présenter comme l’expéditeur : ne le communiquez pas.',
  receiptNextTitle: 'La suite',
  receiptNext: [
    'Le secrétariat lit chaque communication et vérifie si elle relève des mandats des procédures spéciales.',
    'Il peut vous contacter aux coordonnées indiquées pour demander des précisions ou un consentement.',
    'Si les titulaires de mandat agissent, ils peuvent écrire au Gouvernement concerné. Votre identité n’est jamais communiquée.',
    'Vous ne serez pas forcément informé de chaque étape, et une lettre n’est pas envoyée dans tous les cas.',
  ],

  expiredTitle: 'Le formulaire a expiré',
  expired:
    'Le formulaire n’a pas pu être vérifié : il est peut-être resté ouvert trop longtemps, ou votre navigateur ne conserve pas les cookies de ce site. Rien n’a été envoyé. Revenez au formulaire, rechargez-le et envoyez-le de nouveau.',
  tooManyTitle: 'Trop d’envois',
  tooMany: (minutes) => `Trop de formulaires ont été envoyés depuis votre connexion au cours de la dernière heure. Rien n’a été envoyé. Réessayez dans ${minutes} minutes.`,
  tooLargeTitle: 'Les fichiers sont trop volumineux',
  backToForm: 'Revenir au formulaire',
};
