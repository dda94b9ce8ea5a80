// The one script an intranet page includes: it defines <polku-guide>. In production this is
// the built bundle; here Vite builds it from the workspace sources.
// eslint-disable-next-line import/no-unassigned-import -- importing it defines <polku-guide>, which is the point
import '@polku/elements/polku-guide';
