// Each component from its own subpath: the page loads only what it shows.
// eslint-disable-next-line import/no-unassigned-import -- importing it defines <polku-guide>
import '@polku/elements/polku-guide';
// eslint-disable-next-line import/no-unassigned-import -- importing it defines <polku-diagram>
import '@polku/elements/polku-diagram';
