/**
 * Instrument titles as French and Spanish letters print them, by registry id (the registry holds
 * the English ones). Official names are facts; the abbreviation is the one each language uses.
 */
export interface LocalTitle {
  title: string;
  abbreviation?: string;
}

export const INSTRUMENT_TITLES: Record<string, { fr: LocalTitle; es: LocalTitle }> = {
  iccpr: {
    fr: { title: 'Pacte international relatif aux droits civils et politiques', abbreviation: 'PIDCP' },
    es: { title: 'Pacto Internacional de Derechos Civiles y Políticos', abbreviation: 'PIDCP' },
  },
  icescr: {
    fr: { title: 'Pacte international relatif aux droits économiques, sociaux et culturels', abbreviation: 'PIDESC' },
    es: { title: 'Pacto Internacional de Derechos Económicos, Sociales y Culturales', abbreviation: 'PIDESC' },
  },
  cat: {
    fr: { title: 'Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants' },
    es: { title: 'Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes' },
  },
  cedaw: {
    fr: { title: "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes" },
    es: { title: 'Convención sobre la Eliminación de Todas las Formas de Discriminación contra la Mujer' },
  },
  cerd: {
    fr: { title: "Convention internationale sur l'élimination de toutes les formes de discrimination raciale" },
    es: { title: 'Convención Internacional sobre la Eliminación de todas las Formas de Discriminación Racial' },
  },
  crc: {
    fr: { title: "Convention relative aux droits de l'enfant" },
    es: { title: 'Convención sobre los Derechos del Niño' },
  },
  crpd: {
    fr: { title: 'Convention relative aux droits des personnes handicapées' },
    es: { title: 'Convención sobre los Derechos de las Personas con Discapacidad' },
  },
  ced: {
    fr: { title: 'Convention internationale pour la protection de toutes les personnes contre les disparitions forcées' },
    es: { title: 'Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas' },
  },
  udhr: {
    fr: { title: "Déclaration universelle des droits de l'homme" },
    es: { title: 'Declaración Universal de Derechos Humanos' },
  },
  'declaration-hrd': {
    fr: { title: "Déclaration sur les défenseurs des droits de l'homme" },
    es: { title: 'Declaración sobre los Defensores de Derechos Humanos' },
  },
  'declaration-enforced-disappearance': {
    fr: { title: 'Déclaration sur la protection de toutes les personnes contre les disparitions forcées' },
    es: { title: 'Declaración sobre la protección de todas las personas contra las desapariciones forzadas' },
  },
  undrip: {
    fr: { title: 'Déclaration des Nations Unies sur les droits des peuples autochtones' },
    es: { title: 'Declaración de las Naciones Unidas sobre los Derechos de los Pueblos Indígenas' },
  },
  'refugee-convention-1951': {
    fr: { title: 'Convention relative au statut des réfugiés' },
    es: { title: 'Convención sobre el Estatuto de los Refugiados' },
  },
  'mandela-rules': {
    fr: { title: 'Ensemble de règles minima des Nations Unies pour le traitement des détenus (Règles Nelson Mandela)' },
    es: { title: 'Reglas Mínimas de las Naciones Unidas para el Tratamiento de los Reclusos (Reglas Nelson Mandela)' },
  },
  'basic-principles-lawyers': {
    fr: { title: 'Principes de base relatifs au rôle du barreau' },
    es: { title: 'Principios Básicos sobre la Función de los Abogados' },
  },
  'basic-principles-judiciary': {
    fr: { title: "Principes fondamentaux relatifs à l'indépendance de la magistrature" },
    es: { title: 'Principios Básicos relativos a la Independencia de la Judicatura' },
  },
};
