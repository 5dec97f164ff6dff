# loader: rules come with the component
