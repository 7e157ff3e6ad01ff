import type { IntakeMessages } from './messages.js';

export const es: IntakeMessages = {
  languageName: 'Español',
  siteName: 'Procedimientos especiales de las Naciones Unidas: enviar información',
  languages: 'Idiomas',
  skipLink: 'Ir al contenido',
  footer:
    'Lo que usted envía solo lo lee la secretaría de los procedimientos especiales. Su identidad y sus datos de contacto nunca se comunican al Estado ni se publican.',

  formTitle: 'Enviar información sobre una persona en riesgo',
  formIntro:
    'Informe a los procedimientos especiales del Consejo de Derechos Humanos de las Naciones Unidas sobre una violación de derechos humanos ocurrida, en curso o inminente. Escriba en español, francés o inglés. La información anónima no se tramita: se necesitan su nombre y una forma de contactarle, que se mantienen confidenciales.',
  requiredNote: 'Los campos marcados como «obligatorio» deben rellenarse.',
  required: 'obligatorio',
  optional: 'opcional',

  victimsLegend: 'Las presuntas víctimas',
  victimsHint: 'Las personas cuyos derechos fueron violados. Describa a cada persona en su propio bloque.',
  victimHeading: (n) => `Persona ${n}`,
  victimName: 'Nombre completo',
  victimOtherNames: 'Otras grafías del nombre',
  victimOtherNamesHint: 'Una por línea: transliteraciones, apellido de soltera, apodo.',
  gender: 'Género',
  genderUnknown: 'No indicado',
  genderFemale: 'Mujer',
  genderMale: 'Hombre',
  victimRole: 'Función u ocupación',
  victimRoleHint: 'Por ejemplo: defensora o defensor de derechos humanos, periodista, abogado, sindicalista, estudiante.',
  consentToState: '¿Puede comunicarse el nombre al Gobierno?',
  consentToStateHint:
    'Una carta a un Gobierno nombra a las personas a las que se refiere para que el Gobierno pueda responder sobre ellas. Sin este consentimiento, el nombre de la persona no se comunica al Gobierno.',
  consentPublic: '¿Puede hacerse público el nombre?',
  consentPublicHint:
    'Las cartas y las respuestas de los Gobiernos se publican unos 60 días después de su envío. Sin este consentimiento, el nombre de la persona se suprime de todo lo que se publica.',
  consentYes: 'Sí, la persona (o su familia) lo aceptó',
  consentNo: 'No',
  consentUnknown: 'Todavía no se ha preguntado',
  addVictim: 'Añadir otra persona',
  addVictimHint: (max) => `Añade un bloque para una persona más (hasta ${max}). Lo que ya escribió se conserva.`,
  victimsFull: (max) => `Ha descrito a ${max} personas, el máximo de un formulario. Nombre a las demás en «Lo que ocurrió».`,

  whatLegend: 'Lo que ocurrió',
  summary: 'Lo que ocurrió',
  summaryHint: 'Con sus propias palabras: qué se hizo, a quién, quién lo hizo y qué ha ocurrido desde entonces. Indique las fechas que conozca.',
  perpetrators: 'Quién es responsable',
  perpetratorsHint: 'Los presuntos autores: funcionarios, unidades, organismos, grupos o empresas, con la mayor precisión posible.',
  place: 'Lugar de los hechos',
  placeHint: 'Ciudad, distrito, prisión u otro lugar.',
  country: 'País',
  countryNone: 'Elija un país',
  dateLegend: 'Fecha de los hechos',
  dateHint: 'Con la precisión que conozca: solo el año, el año y el mes, o la fecha completa.',
  year: 'Año',
  month: 'Mes',
  monthNone: 'Desconocido',
  day: 'Día',

  attachmentsLegend: 'Documentos',
  attachments: 'Documentos, fotos o testimonios',
  megabytes: (n) => `${n} MB`,
  attachmentsHint: (maxFiles, maxEach, maxTotal) => `Archivos PDF, Word (DOCX), PNG o JPEG: hasta ${maxFiles} archivos, ${maxEach} cada uno, ${maxTotal} en total.`,
  filesNotKept: 'Por su seguridad, los archivos no se conservan cuando el formulario se muestra de nuevo: vuelva a elegirlos antes de enviar.',

  submitterLegend: 'Sobre usted',
  submitterConfidential: 'Confidencial: su identidad y sus datos de contacto nunca se comunican al Estado ni se publican.',
  submitterName: 'Su nombre',
  organization: 'Su organización',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  contactHint: 'Indique un correo electrónico, un número de teléfono o ambos, para que la secretaría pueda contactarle.',
  relation: 'Su relación con las personas afectadas',
  relationHint: 'Por ejemplo: familiar, abogado, colega, miembro de una organización que sigue el caso.',

  honeypot: 'Deje este campo vacío',
  send: 'Enviar la información',

  errorSummaryTitle: 'Hay un problema',
  fieldError: (code, max) =>
    ({
      required: 'Este campo es obligatorio.',
      'victim-required': 'Indique el nombre de al menos una persona afectada.',
      'too-long': `El texto es demasiado largo: ${max ?? ''} caracteres como máximo.`,
      'too-many': `Demasiados elementos: ${max ?? ''} como máximo.`,
      'control-characters': 'El texto contiene caracteres de control invisibles. Escríbalo de nuevo o péguelo como texto sin formato.',
      'invalid-choice': 'Elija una de las opciones ofrecidas.',
      'invalid-email': 'Indique un correo electrónico como nombre@example.org.',
      'invalid-phone': 'Indique un número de teléfono con cifras, con el prefijo del país si es posible (como +41 22 917 12 34).',
      'contact-required': 'Indique un correo electrónico o un número de teléfono.',
      'unknown-country': 'Elija un país de la lista.',
      'invalid-year': 'Indique el año con cuatro cifras, como 2024.',
      'invalid-date': 'Ese día no existe en ese mes.',
      'future-date': 'Esta fecha está en el futuro.',
      'year-required': 'Indique también el año.',
      'month-required': 'Elija también el mes, o deje el día vacío.',
    })[code],

  fileRefused: (name, kind) =>
    `«${name}» ${
      {
        empty: 'está vacío',
        html: 'parece una página web (HTML), no un documento',
        'svg-or-xml': 'parece un archivo SVG o XML',
        executable: 'parece un programa ejecutable o un script',
        'zip-without-word': 'es un archivo ZIP que no contiene un documento Word',
        'word-with-macros': 'es un documento Word con macros; guárdelo como DOCX simple o como PDF',
        archive: 'parece un archivo comprimido; envíe los archivos que contiene uno por uno',
        'other-image': 'es una imagen de un formato no aceptado; guárdela como PNG o JPEG',
        'old-office': 'parece un archivo antiguo de Word u Office (97-2003); guárdelo como DOCX o PDF',
        text: 'parece texto sin formato; guárdelo como PDF o DOCX, o péguelo en «Lo que ocurrió»',
        unknown: 'no es un archivo PDF, Word (DOCX), PNG o JPEG',
      }[kind]
    }. No se ha enviado nada.`,
  fileTooLarge: (name, limit) => `«${name}» supera ${limit}, el tamaño máximo de un archivo. No se ha enviado nada.`,
  filesTooLarge: (limit) => `Los archivos suman más de ${limit}, el máximo de un formulario. No se ha enviado nada.`,
  tooManyFiles: (max) => `Un formulario admite como máximo ${max} archivos. No se ha enviado nada.`,

  receiptTitle: 'Hemos recibido su información',
  receiptIntro: 'Gracias. La secretaría de los procedimientos especiales ha recibido lo que usted envió.',
  receiptCodeLabel: 'Su código de recepción',
  receiptKeep:
    'Anote este código y guárdelo en un lugar seguro. Indíquelo si escribe a la secretaría sobre esta información. Quien lo tenga puede decir que la envió: no lo comparta.',
  receiptNextTitle: 'Próximos pasos',
  receiptNext: [
    'La secretaría lee cada comunicación y comprueba si corresponde a los mandatos de los procedimientos especiales.',
    'Puede ponerse en contacto con usted a través de los datos que indicó para pedir más información o un consentimiento.',
    'Si los titulares de mandatos actúan, pueden escribir al Gobierno afectado. Su identidad nunca se comunica.',
    'No necesariamente se le informará de cada paso, y no en todos los casos se envía una carta.',
  ],

  expiredTitle: 'El formulario ha caducado',
  expired:
    'No se pudo verificar el formulario: quizá estuvo abierto demasiado tiempo, o su navegador no guarda las cookies de este sitio. No se ha enviado nada. Vuelva al formulario, recárguelo y envíelo de nuevo.',
  tooManyTitle: 'Demasiados envíos',
  tooMany: (minutes) => `Se han enviado demasiados formularios desde su conexión en la última hora. No se ha enviado nada. Inténtelo de nuevo dentro de ${minutes} minutos.`,
  tooLargeTitle: 'Los archivos son demasiado grandes',
  backToForm: 'Volver al formulario',
};
