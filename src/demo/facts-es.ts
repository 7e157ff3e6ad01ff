/** Facts in Spanish, by theme (see facts-en.ts): fewer than in English, same shape. */
import type { FactContext as C } from './fact-context.js';
import type { Theme } from './themes.js';

type Fact = (c: C) => string;

export const FACTS_ES: Record<Theme, Fact[]> = {
  arrest: [
    (c) => `agentes del ${c.agency} habrían detenido a ${c.v} en su domicilio en ${c.city} sin orden judicial y se habrían llevado su computadora y su teléfono.`,
    (c) => `${c.v} habría sido acusado/a en virtud del artículo ${c.article} del Código Penal en la causa n.º ${c.caseNo}.`,
    (c) => `el ${c.court} habría ordenado la prisión preventiva de ${c.v} por dos meses, prorrogada ${c.n(2, 5)} veces.`,
    (c) => `${c.other} no habría podido reunirse con ${c.v} durante ${c.n(3, 21)} días.`,
  ],
  trial: [
    (c) => `el juicio contra ${c.all} se habría abierto ante el ${c.court} a puerta cerrada.`,
    (c) => `el ${c.court} habría condenado a ${c.v} a ${c.n(3, 15)} años de prisión por «difusión de información falsa».`,
    (c) => `la ${c.appealCourt} habría confirmado la sentencia en una audiencia de menos de una hora.`,
  ],
  surveillance: [
    (c) => `un análisis técnico del teléfono de ${c.v} habría revelado un programa espía activo durante al menos ${c.n(2, 14)} meses.`,
    (c) => `un canal de televisión cercano al Gobierno habría difundido conversaciones privadas de ${c.v}.`,
    (c) => `${c.v} habría sido seguido/a por dos vehículos sin matrícula entre su domicilio, en ${c.street}, y la oficina de ${c.org}.`,
  ],
  eviction: [
    (c) => `el municipio de ${c.city} habría ordenado a unas ${c.n(40, 900)} familias del barrio de ${c.village} abandonar sus viviendas en un plazo de ${c.n(3, 15)} días.`,
    (c) => `maquinaria escoltada por la policía habría demolido ${c.n(20, 400)} casas en ${c.village}, sin vivienda alternativa ni indemnización.`,
    (c) => `se habría cortado el suministro de agua a las casas restantes de ${c.village}.`,
  ],
  land: [
    (c) => `el Gobierno habría otorgado a ${c.company} una concesión de ${c.n(2, 90)}.000 hectáreas en la región de ${c.region}, incluidas tierras de la comunidad de ${c.village}.`,
    (c) => `guardias de seguridad privada habrían cercado el bosque comunal de ${c.village}.`,
    (c) => `${c.v}, vocero/a de la comunidad, habría recibido amenazas telefónicas.`,
  ],
  journalist: [
    (c) => `${c.v} habría publicado una investigación sobre contratos adjudicados sin licitación en la región de ${c.region}.`,
    (c) => `${c.v} habría sido agredido/a por desconocidos cerca de su domicilio en ${c.city}.`,
    (c) => `el sitio web de ${c.org} habría sido bloqueado sin orden judicial.`,
  ],
  protest: [
    (c) => `unas ${c.n(2, 30)}.000 personas se habrían reunido pacíficamente en la plaza central de ${c.city}.`,
    (c) => `la policía habría dispersado la reunión con porras y gases lacrimógenos; al menos ${c.n(10, 150)} manifestantes habrían resultado heridos.`,
    (c) => `${c.v} habría sido condenado/a ese mismo día a ${c.n(10, 15)} días de arresto administrativo.`,
  ],
  'detention-conditions': [
    (c) => `${c.v} habría sido sometido/a a aislamiento en ${c.prison} durante ${c.n(15, 120)} días.`,
    (c) => `a ${c.v}, que padece una enfermedad cardíaca, se le habría negado el acceso a un especialista.`,
    (c) => `${c.v} habría iniciado una huelga de hambre en protesta por sus condiciones de detención.`,
  ],
  'death-in-custody': [
    (c) => `${c.v} habría sido llevado/a a la comisaría del distrito de ${c.region} en ${c.city}.`,
    (c) => `la familia habría sido informada de la muerte de ${c.v} bajo custodia, oficialmente por «insuficiencia cardíaca».`,
    (c) => `la fiscalía de ${c.city} se habría negado a abrir una investigación penal.`,
  ],
  disappearance: [
    (c) => `${c.v} habría sido sacado/a de su vehículo en la carretera entre ${c.city} y ${c.city2} por hombres vestidos de civil.`,
    (c) => `las autoridades habrían negado tener a ${c.v} bajo custodia.`,
    (c) => `la suerte y el paradero de ${c.v} seguirían sin conocerse después de ${c.n(2, 30)} meses.`,
  ],
  'women-defender': [
    (c) => `${c.v} habría denunciado públicamente en ${c.city} la falta de refugios para sobrevivientes de violencia doméstica.`,
    (c) => `una campaña en línea habría acusado a ${c.v} de «destruir los valores familiares», con amenazas de muerte.`,
    (c) => `las oficinas de ${c.org} en ${c.city} habrían sido allanadas y sus expedientes confidenciales incautados.`,
  ],
  lgbti: [
    (c) => `la policía habría irrumpido en una reunión privada en ${c.city} y detenido a ${c.n(8, 60)} personas por su presunta orientación sexual.`,
    (c) => `el ${c.court} habría ordenado la disolución de ${c.org}.`,
  ],
  religion: [
    (c) => `la policía habría interrumpido una reunión de oración en una casa particular en ${c.village}.`,
    (c) => `${c.v} habría sido multado/a por «actividad religiosa no registrada».`,
  ],
  legislation: [
    (c) => `un proyecto de ley «${c.law}» habría sido aprobado en primera lectura en ${c.n(2, 14)} días, sin consulta pública.`,
    (c) => `el proyecto obligaría a toda asociación que reciba fondos del extranjero a inscribirse como «agente extranjero».`,
    (c) => `el texto permitiría al Ministerio de Justicia suspender una asociación durante seis meses sin orden judicial.`,
    (c) => `los organizadores de una reunión deberían notificarla a las autoridades con ${c.n(10, 30)} días de antelación.`,
  ],
};

export const ELABORATIONS_ES: Fact[] = [
  (c) => `Según la fuente, las autoridades no habrían informado a ${c.v} de los motivos de estas medidas.`,
  (c) => `${c.other} habría presentado una denuncia ante la fiscalía de ${c.city}, que no habría respondido.`,
  (c) => `Testigos entrevistados por ${c.org} habrían dado relatos coincidentes.`,
  (c) => `El expediente n.º ${c.caseNo} seguiría siendo reservado y la defensa no habría recibido copia.`,
  (c) => `Ese mismo día, un periódico estatal habría presentado a ${c.v} como agente «de patrocinadores extranjeros».`,
  (c) => `Vecinos de ${c.village} habrían señalado una mayor presencia policial en los días siguientes.`,
];

export const BIOS_ES: Array<(c: C) => string> = [
  (c) => `es ${c.role} en ${c.city} y miembro de ${c.org}.`,
  (c) => `es ${c.role} y trabaja desde hace más de ${c.n(3, 25)} años con ${c.org} en la región de ${c.region}.`,
];
