/** Facts in French, by theme (see facts-en.ts): fewer than in English, same shape. */
import type { FactContext as C } from './fact-context.js';
import type { Theme } from './themes.js';

type Fact = (c: C) => string;

export const FACTS_FR: Record<Theme, Fact[]> = {
  arrest: [
    (c) => `des agents du ${c.agency} auraient arrêté ${c.v} à son domicile à ${c.city} sans présenter de mandat et saisi son ordinateur et son téléphone.`,
    (c) => `${c.v} aurait été inculpé·e au titre de l'article ${c.article} du Code pénal dans l'affaire no ${c.caseNo}, pour « organisation de troubles massifs ».`,
    (c) => `le ${c.court} aurait ordonné la détention provisoire de ${c.v} pour deux mois, mesure prolongée ${c.n(2, 5)} fois sans examen individuel.`,
    (c) => `${c.other} n'aurait pas été autorisé·e à rencontrer ${c.v} pendant ${c.n(3, 21)} jours au motif que l'enquête était classifiée.`,
  ],
  trial: [
    (c) => `le procès de ${c.all} se serait ouvert devant le ${c.court}, à huis clos, sans accès pour le public ni pour la presse.`,
    (c) => `le ${c.court} aurait condamné ${c.v} à ${c.n(3, 15)} ans d'emprisonnement pour « diffusion d'informations sciemment fausses ».`,
    (c) => `la ${c.appealCourt} aurait confirmé le jugement lors d'une audience de moins d'une heure.`,
  ],
  surveillance: [
    (c) => `une analyse technique du téléphone de ${c.v} aurait révélé la présence d'un logiciel espion actif depuis au moins ${c.n(2, 14)} mois.`,
    (c) => `des conversations privées de ${c.v} auraient été diffusées par une chaîne de télévision proche du Gouvernement.`,
    (c) => `${c.v} aurait été suivi·e par deux véhicules sans plaques entre son domicile, ${c.street}, et les bureaux de ${c.org}.`,
  ],
  eviction: [
    (c) => `la municipalité de ${c.city} aurait ordonné à quelque ${c.n(40, 900)} familles du quartier de ${c.village} de quitter leurs logements dans un délai de ${c.n(3, 15)} jours.`,
    (c) => `des engins de chantier escortés par la police auraient démoli ${c.n(20, 400)} maisons à ${c.village}, sans relogement ni indemnisation.`,
    (c) => `l'approvisionnement en eau des maisons restantes de ${c.village} aurait été coupé.`,
  ],
  land: [
    (c) => `le Gouvernement aurait accordé à ${c.company} une concession de ${c.n(2, 90)} 000 hectares dans la région de ${c.region}, y compris des terres utilisées par la communauté de ${c.village}.`,
    (c) => `des gardes de sécurité privés auraient clôturé la forêt communautaire de ${c.village} et empêché les habitants d'accéder à leurs champs.`,
    (c) => `${c.v}, porte-parole de la communauté, aurait reçu des menaces téléphoniques l'enjoignant de cesser « d'entraver le développement ».`,
  ],
  journalist: [
    (c) => `${c.v} aurait publié une enquête sur des marchés publics attribués sans appel d'offres dans la région de ${c.region}.`,
    (c) => `${c.v} aurait été agressé·e par des inconnus près de son domicile à ${c.city} ; son appareil photo aurait été emporté.`,
    (c) => `le site de ${c.org} aurait été bloqué sans décision de justice.`,
  ],
  protest: [
    (c) => `quelque ${c.n(2, 30)} 000 personnes se seraient rassemblées pacifiquement sur la place centrale de ${c.city}.`,
    (c) => `la police aurait dispersé le rassemblement à l'aide de matraques et de gaz lacrymogène ; au moins ${c.n(10, 150)} manifestants auraient été blessés.`,
    (c) => `${c.v} aurait été condamné·e le jour même à ${c.n(10, 15)} jours de détention administrative pour participation à une manifestation non autorisée.`,
  ],
  'detention-conditions': [
    (c) => `${c.v} aurait été placé·e à l'isolement à ${c.prison} pendant ${c.n(15, 120)} jours.`,
    (c) => `${c.v}, atteint·e d'une maladie cardiaque, se serait vu refuser l'accès à un médecin spécialiste.`,
    (c) => `${c.v} aurait entamé une grève de la faim pour protester contre ses conditions de détention.`,
  ],
  'death-in-custody': [
    (c) => `${c.v} aurait été placé·e en garde à vue au commissariat du district de ${c.region} à ${c.city}.`,
    (c) => `la famille aurait été informée du décès de ${c.v} en détention, officiellement d'une « insuffisance cardiaque ».`,
    (c) => `le parquet de ${c.city} aurait refusé d'ouvrir une enquête pénale sur le décès.`,
  ],
  disappearance: [
    (c) => `${c.v} aurait été enlevé·e sur la route entre ${c.city} et ${c.city2} par des hommes en civil.`,
    (c) => `les autorités auraient nié détenir ${c.v} et refusé d'enregistrer la plainte de sa famille.`,
    (c) => `le sort et le lieu où se trouve ${c.v} resteraient inconnus depuis ${c.n(2, 30)} mois.`,
  ],
  'women-defender': [
    (c) => `${c.v} aurait dénoncé publiquement à ${c.city} l'absence de foyers pour les victimes de violence domestique.`,
    (c) => `une campagne en ligne aurait accusé ${c.v} de « détruire les valeurs familiales », accompagnée de menaces de mort.`,
    (c) => `les locaux de ${c.org} à ${c.city} auraient été perquisitionnés et ses dossiers confidentiels saisis.`,
  ],
  lgbti: [
    (c) => `la police aurait fait irruption dans une réunion privée à ${c.city} et arrêté ${c.n(8, 60)} personnes en raison de leur orientation sexuelle présumée.`,
    (c) => `le ${c.court} aurait ordonné la dissolution de ${c.org}.`,
  ],
  religion: [
    (c) => `la police aurait interrompu une réunion de prière dans une maison privée à ${c.village}.`,
    (c) => `${c.v} aurait été condamné·e à une amende pour « activité religieuse non enregistrée ».`,
  ],
  legislation: [
    (c) => `un projet de loi « ${c.law} » aurait été adopté en première lecture en ${c.n(2, 14)} jours, sans consultation publique.`,
    (c) => `le projet obligerait toute association recevant des fonds de l'étranger à s'enregistrer comme « agent de l'étranger ».`,
    (c) => `le texte permettrait au Ministère de la justice de suspendre une association pendant six mois sans décision judiciaire.`,
    (c) => `les organisateurs d'une réunion devraient en informer les autorités ${c.n(10, 30)} jours à l'avance.`,
  ],
};

export const ELABORATIONS_FR: Fact[] = [
  (c) => `Selon la source, les autorités n'auraient pas informé ${c.v} des motifs de ces mesures.`,
  (c) => `${c.other} aurait déposé une plainte auprès du parquet de ${c.city}, restée sans réponse.`,
  (c) => `Des témoins interrogés par ${c.org} auraient fait des récits concordants.`,
  (c) => `Le dossier no ${c.caseNo} resterait classifié et la défense n'en aurait pas reçu copie.`,
  (c) => `Le même jour, un journal public aurait présenté ${c.v} comme agissant « pour le compte de commanditaires étrangers ».`,
  (c) => `Des habitants de ${c.village} auraient signalé une présence policière accrue dans les jours suivants.`,
];

export const BIOS_FR: Array<(c: C) => string> = [
  (c) => `est ${c.role} à ${c.city} et membre de ${c.org}.`,
  (c) => `est ${c.role} et travaille depuis plus de ${c.n(3, 25)} ans avec ${c.org} dans la région de ${c.region}.`,
];
