/** Word lists for invented restaurant names; combinations, not any real place's name. */
export const nameParts = {
  adjectives: ['Copper', 'Little', 'Hungry', 'Golden', 'Salty', 'Velvet', 'Crooked', 'Wild', 'Quiet', 'Smoky', 'Blue', 'Lucky', 'Tidal', 'Amber', 'Rustic'],
  nouns: ['Lantern', 'Fig', 'Kettle', 'Heron', 'Olive', 'Anchor', 'Saffron', 'Ember', 'Pepper', 'Walnut', 'Harbour', 'Thyme', 'Orchard', 'Compass', 'Pantry'],
  kinds: ['Kitchen', 'Table', 'Bistro', 'Canteen', 'Eatery', 'Diner', 'Grill', 'House', 'Bar', 'Noodle Bar'],
  owners: ['Marta', 'Oskar', 'Priya', 'Tomas', 'Aiko', 'Leila', 'Bruno', 'Nadia', 'Felix', 'Ines', 'Ravi', 'Greta'],
};

export const cuisineGroups: string[][] = [
  ['Portuguese', 'Seafood'], ['Italian', 'Pizza'], ['Japanese', 'Sushi'], ['Indian', 'Vegetarian'], ['Mexican', 'Street Food'],
  ['Thai'], ['Vietnamese', 'Noodles'], ['Korean', 'Barbecue'], ['Lebanese', 'Mediterranean'], ['French', 'Bakery'],
  ['Modern Australian', 'Brunch'], ['Ethiopian'], ['Greek', 'Seafood'], ['Vegan', 'Cafe'], ['Scottish', 'Pub Food'],
  ['Tex-Mex', 'Barbecue'], ['Chinese', 'Dumplings'], ['Spanish', 'Tapas'], ['Peruvian'], ['Burgers', 'American'],
];
