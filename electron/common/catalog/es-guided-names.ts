import type { GuidedNames } from './guided-words'

/** Spanish: how the library and the path name each guided practice, with one line on it. */
export const esGuidedNames: GuidedNames = {
  'affectionate-breathing': {
    name: 'Respiración afectuosa',
    summary: 'Deja que la respiración te meza y te calme, y vuelve a ella con cariño cuando te distraigas. También puedes apoyarte en los pies o en los sonidos.',
  },
  'soles-of-the-feet': {
    name: 'Las plantas de los pies',
    summary: 'Lleva la atención a los pies y al suelo que los sostiene. Un ancla firme que no es la respiración.',
  },
  'body-scan': {
    name: 'Exploración corporal',
    summary: 'Recorre el cuerpo despacio, de los pies a la cabeza: aprecia lo que funciona, suaviza lo que está tenso y acoge con cariño lo que molesta.',
  },
  'mindful-listening': {
    name: 'Escucha atenta',
    summary: 'Deja que los sonidos lleguen y se vayan, cercanos y lejanos, sin contarte historias sobre ellos, y nota el silencio entre uno y otro.',
  },
  'mindful-seeing': {
    name: 'Mirada atenta',
    summary: 'Elige algo cercano y míralo de cerca, como si fuera la primera vez: sus colores, su luz, sus bordes y su textura.',
  },
  'mindful-walk': {
    name: 'Paseo atento',
    summary: 'Aléjate de la pantalla para dar un paseo lento, sintiendo cada paso y fijándote en el aire y en lo que te rodea.',
  },
  'loving-kindness': {
    name: 'Bondad amorosa hacia ti',
    summary: 'Ofrécete unos deseos amables, despacio, al ritmo de la respiración. Si lo prefieres, las manos pueden ser el ancla.',
  },
  'soften-soothe-allow': {
    name: 'Suavizar, calmar, permitir',
    summary: 'Para un momento difícil: encuentra dónde se aloja una emoción en el cuerpo y recíbela con suavidad, consuelo y espacio.',
  },
  'compassionate-friend': {
    name: 'Una presencia compasiva',
    summary: 'Imagina un lugar seguro y una presencia amable y sabia que te dice lo que necesitas oír.',
  },
  'giving-and-receiving': {
    name: 'Dar y recibir',
    summary: 'Inhala cuidado para ti y exhala cuidado para otra persona. Si lo prefieres, las manos pueden ser el ancla.',
  },
}
