# guest: rules come with the component
